import type { FrameworkDefinition } from './framework.types';
import type { PublicationScope } from '../shared/publication-scope';
import type { IndicatorScore } from './evaluation.events';

export type LaunchEvaluation = {
  type: 'LaunchEvaluation';
  evaluationId: string;
  /** the current version of the framework, looked up by the handler */
  framework: (FrameworkDefinition & { version: number }) | null;
  subjectUnitId: string;
  regionId: string;
  year: number;
  team: string[];
  selfEvaluationDueAt: string;
};
export type SubmitSelfEvaluation = { type: 'SubmitSelfEvaluation'; scores: IndicatorScore[]; problems: string[]; measures: string[] };
export type ReviewIndicator = { type: 'ReviewIndicator'; indicator: string; score: number; findings: string };
/** Each finding with the id of the issue it becomes (ids come with the command, from the handler). */
export type ConcludeEvaluation = { type: 'ConcludeEvaluation'; summary: string; findings: Array<{ text: string; issueId: string }> };

/** The office publishes the concluded evaluation's report, to the office and the government (internal) or to everyone (public). */
/** `number` is claimed by the handler for the first publication; a widening keeps the number already given. */
export type PublishEvaluation = { type: 'PublishEvaluation'; scope: PublicationScope; number?: string };

export type EvaluationCommand = LaunchEvaluation | SubmitSelfEvaluation | ReviewIndicator | ConcludeEvaluation | PublishEvaluation;
