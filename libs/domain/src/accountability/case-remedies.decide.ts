import { DomainError, type FieldError } from '../shared/domain-error';
import type { DecisionContext } from '../shared/decision-context';
import { isPast, windowEnd } from './case-clocks';
import type { ArchiveCase, CorrectDecision, DecideAppeal, DecideReview, FileAppeal, RequestReview } from './case.commands';
import type { CaseEvent } from './case.events';
import { clockOf, type ActiveCaseState, type CaseState } from './case.state';
import { assertLiveCase, assertStage, by, measureErrors, requireText, throwIfAny } from './case.guards';

/*
 * 复核 within 30 days of the decision (decided within 30), 申诉 within 15 days of the review decision or of the
 * decision directly (decided within 60, by the level above), 纠正 within 15 days of an upheld appeal; each once.
 * Calendar days (the rules say 日), counted in Shanghai; none of them suspends the measures.
 */

function text(field: string, value: unknown): void {
  const errors: FieldError[] = [];
  requireText(errors, field, value);
  throwIfAny(errors);
}

function windowOpen(state: ActiveCaseState, clock: 'review_request' | 'appeal_filing', context: DecisionContext): void {
  const c = clockOf(state, clock);
  if (!c || c.state !== 'running' || isPast(c.dueAt, context.now)) {
    throw new DomainError('STATUTORY_WINDOW_CLOSED', `the ${clock === 'review_request' ? 'review' : 'appeal'} window ${c ? `closed at ${c.dueAt}` : 'is not open'}`);
  }
}

export function decideRequestReview(command: RequestReview, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  assertStage(state, ['decided'], 'request a review of');
  if (state.review) throw new DomainError('REMEDY_ALREADY_USED', `a review was requested at ${state.review.requestedAt}`);
  if (state.appeal) throw new DomainError('INVALID_TRANSITION', 'an appeal was filed directly: no review any more');
  windowOpen(state, 'review_request', context);
  text('grounds', command.grounds);
  return [{ type: 'ReviewRequested', data: { grounds: command.grounds, requestedAt: context.now, decisionDueAt: windowEnd('review_decision', context.now, context.calendar), recordedBy: by(context) } }];
}

export function decideDecideReview(command: DecideReview, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  if (!state.review || state.review.decidedAt) throw new DomainError('INVALID_TRANSITION', 'no review is pending');
  if (command.outcome !== 'maintained' && command.outcome !== 'changed') throwIfAny([{ field: 'outcome', message: 'maintained or changed' }]);
  text('reasoning', command.reasoning);
  return [{
    type: 'ReviewDecided',
    data: { outcome: command.outcome, reasoning: command.reasoning, decidedAt: context.now, decidedBy: by(context), appealDueAt: windowEnd('appeal_filing', context.now, context.calendar) },
  }];
}

export function decideFileAppeal(command: FileAppeal, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  assertStage(state, ['decided'], 'appeal');
  if (state.appeal) throw new DomainError('REMEDY_ALREADY_USED', `an appeal was filed at ${state.appeal.filedAt}`);
  if (state.review && !state.review.decidedAt) throw new DomainError('INVALID_TRANSITION', 'the review is still pending');
  windowOpen(state, 'appeal_filing', context);
  text('grounds', command.grounds);
  return [{ type: 'AppealFiled', data: { grounds: command.grounds, filedAt: context.now, decisionDueAt: windowEnd('appeal_decision', context.now, context.calendar), recordedBy: by(context) } }];
}

export function decideDecideAppeal(command: DecideAppeal, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  if (!state.appeal || state.appeal.decidedAt) throw new DomainError('INVALID_TRANSITION', 'no appeal is pending');
  if (command.outcome !== 'rejected' && command.outcome !== 'upheld') throwIfAny([{ field: 'outcome', message: 'rejected or upheld' }]);
  text('reasoning', command.reasoning);
  const correction = command.outcome === 'upheld' ? { correctionDueAt: windowEnd('correction', context.now, context.calendar) } : {};
  return [{ type: 'AppealDecided', data: { outcome: command.outcome, reasoning: command.reasoning, decidedAt: context.now, decidedBy: by(context), ...correction } }];
}

/** 纠正: only after an upheld appeal (the original decision was wrong), once. */
export function decideCorrect(command: CorrectDecision, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  if (state.appeal?.outcome !== 'upheld') throw new DomainError('INVALID_TRANSITION', 'a decision is corrected only after an upheld appeal');
  if (state.corrected) throw new DomainError('REMEDY_ALREADY_USED', `the decision was corrected at ${state.corrected.at}`);
  throwIfAny(measureErrors(command.measures, state.subjects), 'UNKNOWN_MEASURE');
  text('note', command.note);
  return [{ type: 'DecisionCorrected', data: { measures: command.measures.map((m) => ({ subject: m.subject, measure: m.measure })), note: command.note, correctedAt: context.now, correctedBy: by(context) } }];
}

/** 归档: after the review and appeal windows closed, with no remedy pending and any correction made. */
export function decideArchive(_command: ArchiveCase, state: CaseState, context: DecisionContext): CaseEvent[] {
  assertLiveCase(state);
  assertStage(state, ['decided'], 'archive');
  const open = state.clocks.filter((c) => c.state === 'running' && (c.clock === 'review_request' || c.clock === 'appeal_filing') && !isPast(c.dueAt, context.now));
  const pending = (state.review && !state.review.decidedAt) || (state.appeal && !state.appeal.decidedAt) || (state.appeal?.outcome === 'upheld' && !state.corrected);
  if (open.length > 0 || pending) {
    throw new DomainError('INVALID_TRANSITION', `case ${state.caseId} cannot be archived yet: ${open.length ? `window open until ${open[0].dueAt}` : 'a review, appeal or correction is pending'}`);
  }
  return [{ type: 'CaseArchived', data: { archivedAt: context.now, archivedBy: by(context) } }];
}
