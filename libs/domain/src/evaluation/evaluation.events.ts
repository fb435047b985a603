import type { PublicationScope } from '../shared/publication-scope';
import type { Evidence } from '../issue/issue.types';
import type { FrameworkDefinition } from './framework.types';

export interface IndicatorScore {
  indicator: string;
  score: number;
  narrative: string;
  /** files the government offers for this indicator (checked by the handler: uploaded by the sender); absent when none */
  evidence?: Evidence[];
}

export type EvaluationLaunched = {
  type: 'EvaluationLaunched';
  data: {
    evaluationId: string;
    /** the framework as it was when launched (scores are checked against this copy, whatever is published later) */
    framework: FrameworkDefinition & { version: number };
    subjectUnitId: string;
    regionId: string;
    year: number;
    team: string[];
    selfEvaluationDueAt: string;
    launchedBy: string;
    launchedAt: string;
  };
};
/** The government's self-evaluation: a score, narrative and evidence per indicator; total and grade computed, never typed. */
export type SelfEvaluationSubmitted = {
  type: 'SelfEvaluationSubmitted';
  data: { scores: IndicatorScore[]; total: number; grade: string; problems: string[]; measures: string[]; submittedBy: string; submittedAt: string };
};
export type IndicatorReviewed = {
  type: 'IndicatorReviewed';
  data: { indicator: string; score: number; findings: string; reviewedBy: string; reviewedAt: string };
};
export type EvaluationConcluded = {
  type: 'EvaluationConcluded';
  data: {
    total: number;
    grade: string;
    selfTotal: number;
    summary: string;
    findings: string[];
    /** the issue each finding becomes on the loop, with the government as its unit (same order as `findings`) */
    issueIds: string[];
    concludedBy: string;
    concludedAt: string;
  };
};

/** The report published (after the conclusion); a later one may only widen internal → public, keeping the report's number. */
export type EvaluationPublished = {
  type: 'EvaluationPublished';
  /** `number`: the report's document number (督评〔2026〕1号), given at its first publication; absent on reports published before numbering */
  data: { scope: PublicationScope; number?: string; publishedBy: string; publishedAt: string };
};

export type EvaluationEvent = EvaluationLaunched | SelfEvaluationSubmitted | IndicatorReviewed | EvaluationConcluded | EvaluationPublished;
export const EVALUATION_EVENT_TYPES: readonly EvaluationEvent['type'][] = ['EvaluationLaunched', 'SelfEvaluationSubmitted', 'IndicatorReviewed', 'EvaluationConcluded', 'EvaluationPublished'];
