import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { instantMillis } from '../shared/instant';
import type { ConcludeEvaluation, EvaluationCommand, LaunchEvaluation, PublishEvaluation, ReviewIndicator, SubmitSelfEvaluation } from './evaluation.commands';
import type { EvaluationEvent } from './evaluation.events';
import type { EvaluationState } from './evaluation.state';
import { gradeFor, indicatorsOf, totalOf } from './framework.types';

type Active = Exclude<EvaluationState, { status: 'initial' }>;

/** 督政: launch → the government's self-evaluation → the team's review per indicator → a conclusion with total and grade. */
export function decideEvaluation(command: EvaluationCommand, state: EvaluationState, context: DecisionContext): EvaluationEvent[] {
  if (command.type === 'LaunchEvaluation') return launch(command, state, context);
  if (state.status === 'initial') throw new DomainError('NOT_FOUND', 'no such evaluation');
  if (command.type === 'PublishEvaluation') return publish(command, state, context);
  if (state.status === 'concluded') throw new DomainError('EVALUATION_CONCLUDED', `evaluation ${state.evaluationId} was concluded at ${state.conclusion.concludedAt}`);
  switch (command.type) {
    case 'SubmitSelfEvaluation':
      return submitSelfEvaluation(command, state, context);
    case 'ReviewIndicator':
      return review(command, state, context);
    case 'ConcludeEvaluation':
      return conclude(command, state, context);
    default:
      throw new DomainError('INVALID_TRANSITION', `unknown evaluation command '${(command as { type?: string }).type}'`);
  }
}

function launch(command: LaunchEvaluation, state: EvaluationState, context: DecisionContext): EvaluationEvent[] {
  if (state.status !== 'initial') throw new DomainError('ALREADY_EXISTS', `evaluation ${command.evaluationId} already exists`);
  if (!command.framework) throw new DomainError('FRAMEWORK_INVALID', 'no such framework', [{ field: 'frameworkCode', message: 'unknown framework' }]);
  const unit = context.units?.[command.subjectUnitId];
  if (!unit || !unit.inActorJurisdiction) throw new DomainError('SUBJECT_UNIT_INVALID', `unit ${command.subjectUnitId} is unknown or outside your jurisdiction`, [{ field: 'subjectUnitId', message: 'unknown unit' }]);
  if (!(instantMillis(command.selfEvaluationDueAt) > instantMillis(context.now))) {
    throw new DomainError('DEADLINE_NOT_IN_FUTURE', 'the self-evaluation is due after now', [{ field: 'selfEvaluationDueAt', message: 'must be in the future' }]);
  }
  const { evaluationId, framework, subjectUnitId, year, team, selfEvaluationDueAt } = command;
  return [{ type: 'EvaluationLaunched', data: { evaluationId, framework, subjectUnitId, regionId: unit.regionId, year, team: [...new Set(team)], selfEvaluationDueAt, launchedBy: context.actor.id, launchedAt: context.now } }];
}

/** Every indicator scored once, each score between 0 and the indicator's maximum; total and grade computed. */
function submitSelfEvaluation(command: SubmitSelfEvaluation, state: Active, context: DecisionContext): EvaluationEvent[] {
  if (state.status !== 'launched') throw new DomainError('INVALID_TRANSITION', `the self-evaluation was submitted already`);
  const indicators = indicatorsOf(state.framework);
  const byCode = new Map((command.scores ?? []).map((s) => [s.indicator, s]));
  const unknown = (command.scores ?? []).filter((s) => !indicators.some((i) => i.code === s.indicator));
  if (unknown.length) throw new DomainError('UNKNOWN_INDICATOR', `unknown indicator(s) ${unknown.map((s) => s.indicator).join(', ')}`);
  const missing = indicators.filter((i) => !byCode.has(i.code));
  if (missing.length || byCode.size !== (command.scores ?? []).length) {
    throw new DomainError('SELF_EVALUATION_INCOMPLETE', `every indicator is scored once; missing ${missing.map((i) => i.code).join(', ')}`);
  }
  const scores = indicators.map((i) => {
    const given = byCode.get(i.code)!;
    assertScore(given.score, i.maxScore, i.code);
    const evidence = Array.isArray(given.evidence) ? given.evidence : [];
    return { indicator: i.code, score: given.score, narrative: given.narrative ?? '', ...(evidence.length ? { evidence } : {}) };
  });
  const total = totalOf(scores);
  return [{
    type: 'SelfEvaluationSubmitted',
    data: { scores, total, grade: gradeFor(total, state.framework.gradeBands), problems: clean(command.problems), measures: clean(command.measures), submittedBy: context.actor.id, submittedAt: context.now },
  }];
}

/** The team's score of one indicator, after the self-evaluation; a later review of the same indicator replaces it. */
function review(command: ReviewIndicator, state: Active, context: DecisionContext): EvaluationEvent[] {
  if (state.status !== 'self_evaluated') throw new DomainError('INVALID_TRANSITION', 'the team reviews after the self-evaluation');
  assertReviewer(state, context);
  const indicator = indicatorsOf(state.framework).find((i) => i.code === command.indicator);
  if (!indicator) throw new DomainError('UNKNOWN_INDICATOR', `unknown indicator ${command.indicator}`, [{ field: 'indicator', message: 'unknown indicator' }]);
  assertScore(command.score, indicator.maxScore, indicator.code);
  return [{ type: 'IndicatorReviewed', data: { indicator: indicator.code, score: command.score, findings: command.findings ?? '', reviewedBy: context.actor.id, reviewedAt: context.now } }];
}

/** The conclusion: every indicator reviewed; the total of the reviewed scores and its grade. */
function conclude(command: ConcludeEvaluation, state: Active, context: DecisionContext): EvaluationEvent[] {
  if (state.status !== 'self_evaluated') throw new DomainError('INVALID_TRANSITION', 'an evaluation concludes after the self-evaluation');
  const unreviewed = indicatorsOf(state.framework).filter((i) => !state.reviews[i.code]);
  if (unreviewed.length) throw new DomainError('EVALUATION_REVIEW_INCOMPLETE', `not reviewed yet: ${unreviewed.map((i) => i.code).join(', ')}`);
  const total = totalOf(Object.values(state.reviews));
  const findings = (command.findings ?? []).map((f) => ({ text: (f.text ?? '').trim(), issueId: f.issueId })).filter((f) => f.text);
  if (findings.some((f) => !f.issueId) || new Set(findings.map((f) => f.issueId)).size !== findings.length) {
    throw new DomainError('INVALID_TRANSITION', 'each finding needs an issue id of its own');
  }
  return [{
    type: 'EvaluationConcluded',
    data: {
      total, grade: gradeFor(total, state.framework.gradeBands), selfTotal: state.selfEvaluation.total, summary: command.summary ?? '',
      findings: findings.map((f) => f.text), issueIds: findings.map((f) => f.issueId), concludedBy: context.actor.id, concludedAt: context.now,
    },
  }];
}

/** Only a concluded evaluation's report is published; once published it may only be widened from internal to public. */
function publish(command: PublishEvaluation, state: Active, context: DecisionContext): EvaluationEvent[] {
  if (command.scope !== 'internal' && command.scope !== 'public') throw new DomainError('INVALID_TRANSITION', 'scope is internal or public', [{ field: 'scope', message: 'internal | public' }]);
  if (state.status !== 'concluded') throw new DomainError('EVALUATION_NOT_CONCLUDED', 'an evaluation is published after its conclusion');
  if (state.publication && (state.publication.scope === 'public' || command.scope === 'internal')) {
    throw new DomainError('EVALUATION_ALREADY_PUBLISHED', `the report was published (${state.publication.scope}) at ${state.publication.publishedAt}`);
  }
  const number = state.publication?.number ?? command.number;
  return [{ type: 'EvaluationPublished', data: { scope: command.scope, ...(number ? { number } : {}), publishedBy: context.actor.id, publishedAt: context.now } }];
}

/**
 * The evaluating team reviews (its members reach the evaluation by being on it, whatever their jurisdiction); so may
 * the office's coordinator, who records the reviews of a team named without accounts (the launch may name none).
 * Anyone else the route lets in (a leader or a supervisor not on the team) is refused.
 */
function assertReviewer(state: Active, context: DecisionContext): void {
  if (state.team.includes(context.actor.id) || context.actor.role === 'coordinator') return;
  throw new DomainError('NOT_EVALUATION_TEAM_MEMBER', `${context.actor.id} is not on the team of evaluation ${state.evaluationId}`);
}

function assertScore(score: number, max: number, code: string): void {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > max || Math.round(score * 10) !== score * 10) {
    throw new DomainError('SCORE_OUT_OF_RANGE', `indicator ${code}: ${score} is not between 0 and ${max} (one decimal at most)`, [{ field: code, message: `0–${max}` }]);
  }
}

const clean = (lines: readonly string[] | undefined): string[] => (lines ?? []).map((l) => l.trim()).filter(Boolean);
