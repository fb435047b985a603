import { shanghaiDate } from '../calendar/shanghai-time';
import { isCalendarDate } from '../calendar/calendar-date';
import { DomainError, type FieldError } from '../shared/domain-error';
import type { DecisionContext } from '../shared/decision-context';
import { instantMillis } from '../shared/instant';
import { windowEnd } from './case-clocks';
import type { ApproveDecision, ExecuteMeasure, FormOpinion, IssueDecision, PublishDecision, ReferMeasure } from './case.commands';
import type { CaseEvent } from './case.events';
import type { ActiveCaseState, CaseState } from './case.state';
import { REFERRAL_BODIES, REFERRAL_ONLY_MEASURES, subjectKey, type AggravatingFactor, type CaseHistoryFacts } from './case.types';
import { assertLiveCase, assertStage, by, measureErrors, requireText, throwIfAny } from './case.guards';

const YEAR_MS = 365 * 86_400_000;

/** No opinion, hence no decision, before the statement and defence are heard or waived (invariant 6). */
function assertStatementSettled(state: ActiveCaseState): void {
  if (!state.statement) {
    throw new DomainError('STATEMENT_NOT_HEARD', `case ${state.caseId}: the statement and defence are neither heard nor waived, and the window has not closed`);
  }
}

/** 从重 computed from history (invariant 9): another decision against a subject within 365 days; an issue unrectified after one. */
export function aggravatingFactors(state: ActiveCaseState, history: CaseHistoryFacts | undefined, now: string): AggravatingFactor[] {
  const keys = new Set(state.subjects.map(subjectKey));
  const factors: AggravatingFactor[] = [];
  const recent = (history?.priorDecisions ?? []).some(
    (d) => d.caseId !== state.caseId && keys.has(d.subjectKey) && instantMillis(now) - instantMillis(d.issuedAt) <= YEAR_MS && instantMillis(d.issuedAt) <= instantMillis(now),
  );
  if (recent) factors.push('repeat_within_365_days');
  if ((history?.issuesUnrectifiedAfterDecision ?? []).length > 0) factors.push('unrectified_after_decision');
  return factors;
}

/** 形成问责意见 (Art. 15): measures typed by subject, the aggravating factors from history beside them. */
export function decideFormOpinion(command: FormOpinion, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  if (state.stage === 'notice_served' || state.stage === 'facts_determined') assertStatementSettled(state);
  assertStage(state, ['heard', 'opinion_formed'], 'form the opinion of');
  throwIfAny(measureErrors(command.measures, state.subjects), 'UNKNOWN_MEASURE');
  return [{
    type: 'OpinionFormed',
    data: {
      measures: command.measures.map((m) => ({ subject: m.subject, measure: m.measure })), aggravating: aggravatingFactors(state, command.history, context.now),
      consulted: [...(command.consulted ?? [])], formedAt: context.now, formedBy: by(context),
    },
  }];
}

/** 审定 by the committee's chair or vice-chair only; the aggravating factors are what the approver was shown. */
export function decideApprove(command: ApproveDecision, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  assertStatementSettled(state);
  assertStage(state, ['opinion_formed'], 'approve the decision of');
  if (context.actor.role !== 'leader' || (command.position !== 'chair' && command.position !== 'vice_chair')) {
    throw new DomainError('APPROVER_NOT_CHAIR', `${context.actor.id} is not the chair or a vice-chair of the education supervision committee`);
  }
  return [{ type: 'DecisionApproved', data: { approvedBy: by(context), position: command.position, aggravatingShown: [...(state.opinion?.aggravating ?? [])], approvedAt: context.now } }];
}

/** 问责决定书 (Art. 16): basic facts, facts, basis, measures (the approved opinion's) and effective date, with its number. */
export function decideIssueDecision(command: IssueDecision, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  assertStatementSettled(state);
  assertStage(state, ['approved'], 'issue the decision of');
  const errors: FieldError[] = [];
  requireText(errors, 'basicFacts', command.basicFacts);
  requireText(errors, 'facts', command.facts);
  requireText(errors, 'basis', command.basis);
  requireText(errors, 'docNumber', command.docNumber);
  if (!isCalendarDate(command.effectiveDate ?? '') || command.effectiveDate < shanghaiDate(context.now)) errors.push({ field: 'effectiveDate', message: 'a date (YYYY-MM-DD), not before today' });
  throwIfAny(errors, 'DECISION_INCOMPLETE');
  const now = context.now;
  return [{
    type: 'DecisionIssued',
    data: {
      docNumber: command.docNumber!, basicFacts: command.basicFacts, facts: command.facts, basis: command.basis, measures: state.opinion!.measures,
      effectiveDate: command.effectiveDate, issuedAt: now, issuedBy: by(context),
      reviewDueAt: windowEnd('review_request', now, context.calendar), appealDueAt: windowEnd('appeal_filing', now, context.calendar),
    },
  }];
}

function decidedMeasure(state: CaseState, index: number, action: string) {
  assertLiveCase(state);
  assertStage(state, ['decided'], action);
  const measure = state.decision?.measures[index];
  if (!Number.isInteger(index) || !measure) throwIfAny([{ field: 'index', message: `no measure ${index} in the decision` }]);
  if (state.measureStatus[index]) throw new DomainError('INVALID_TRANSITION', `measure ${index} was already ${state.measureStatus[index].done}`);
  return measure!;
}

/** 执行: review and appeal do not suspend it (invariant 8); 组织处理/处分/legal liability can only be referred (Art. 17). */
export function decideExecuteMeasure(command: ExecuteMeasure, state: CaseState, context: DecisionContext): CaseEvent[] {
  const measure = decidedMeasure(state, command.index, 'execute a measure of');
  if (REFERRAL_ONLY_MEASURES.includes(measure.measure)) {
    throw new DomainError('MEASURE_REFERRAL_ONLY', `'${measure.measure}' is referred to the competent body, never executed by the office`);
  }
  return [{ type: 'MeasureExecuted', data: { index: command.index, note: command.note ?? '', executedAt: context.now, executedBy: by(context) } }];
}

export function decideReferMeasure(command: ReferMeasure, state: CaseState, context: DecisionContext): CaseEvent[] {
  decidedMeasure(state, command.index, 'refer a measure of');
  if (!REFERRAL_BODIES.includes(command.to)) throwIfAny([{ field: 'to', message: `one of ${REFERRAL_BODIES.join(', ')}` }]);
  return [{ type: 'MeasureReferred', data: { index: command.index, to: command.to, note: command.note ?? '', referredAt: context.now, referredBy: by(context) } }];
}

/** 公开 (Art. 18): once decided; publishing again only widens internal → public. */
export function decidePublish(command: PublishDecision, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  assertStage(state, ['decided'], 'publish the decision of');
  if (command.scope !== 'internal' && command.scope !== 'public') throwIfAny([{ field: 'scope', message: 'internal or public' }]);
  if (state.publication && (state.publication.scope === 'public' || command.scope === 'internal')) return [];
  return [{ type: 'DecisionPublished', data: { scope: command.scope, publishedAt: context.now, publishedBy: by(context) } }];
}
