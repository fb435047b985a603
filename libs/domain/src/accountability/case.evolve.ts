import { endClock, startClock } from './case-clocks';
import type { CaseEvent } from './case.events';
import { initialCaseState, type ActiveCaseState, type CaseState } from './case.state';

/** Folds one event into the case. Never throws: an event that does not apply leaves the state as it was. */
export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  if (!event || typeof event !== 'object' || !event.data) return state;
  if (state.stage === 'initial') {
    if (event.type !== 'CaseOpened') return state;
    const d = event.data;
    return {
      stage: 'opened', caseId: d.caseId, ...(d.number ? { number: d.number } : {}), regionId: d.regionId, issueIds: [...d.issueIds],
      subjects: d.subjects.map((s) => ({ ...s })), grounds: [...d.grounds], openedAt: d.openedAt, openedBy: d.openedBy, investigators: [],
      facts: null, proposedMeasures: [], statement: null, opinion: null, approval: null, decision: null, measureStatus: {}, publication: null,
      review: null, appeal: null, corrected: null, clocks: [{ clock: 'investigation', dueAt: d.investigationDueAt, state: 'running' }],
      closedAt: null, version: state.version + 1,
    };
  }
  const next = evolveActive(state, event);
  return next ? { ...next, version: state.version + 1 } : state;
}

export const foldCase = (events: readonly CaseEvent[], from: CaseState = initialCaseState): CaseState => events.reduce(evolveCase, from);

function evolveActive(s: ActiveCaseState, event: CaseEvent): ActiveCaseState | null {
  switch (event.type) {
    case 'InvestigationGroupFormed':
      return { ...s, stage: 'investigating', investigators: [...event.data.members], clocks: endClock(s.clocks, 'investigation') };
    case 'FactsDetermined':
      return { ...s, stage: 'facts_determined', facts: event.data.facts, clocks: endClock(s.clocks, 'investigation') };
    case 'CaseDismissed':
      return { ...s, stage: 'dismissed', closedAt: event.data.dismissedAt, clocks: s.clocks.map((c) => (c.state === 'running' ? { ...c, state: 'met' } : c)) };
    case 'FactsAndProposalServed':
      return { ...s, stage: 'notice_served', proposedMeasures: event.data.proposedMeasures, clocks: startClock(s.clocks, 'statement', event.data.statementDueAt) };
    case 'StatementAndDefenceHeard':
      return { ...s, stage: 'heard', statement: { kind: 'heard', at: event.data.heardAt }, clocks: endClock(s.clocks, 'statement') };
    case 'StatementWaived':
      return { ...s, stage: 'heard', statement: { kind: 'waived', at: event.data.waivedAt, reason: event.data.reason }, clocks: endClock(s.clocks, 'statement') };
    case 'OpinionFormed':
      return { ...s, stage: 'opinion_formed', opinion: { measures: event.data.measures, aggravating: event.data.aggravating }, approval: null };
    case 'DecisionApproved':
      return { ...s, stage: 'approved', approval: { by: event.data.approvedBy, position: event.data.position, at: event.data.approvedAt } };
    case 'DecisionIssued': {
      const { reviewDueAt, appealDueAt, ...decision } = event.data;
      return { ...s, stage: 'decided', decision, clocks: startClock(startClock(s.clocks, 'review_request', reviewDueAt), 'appeal_filing', appealDueAt) };
    }
    case 'MeasureExecuted':
      return { ...s, measureStatus: { ...s.measureStatus, [event.data.index]: { done: 'executed', at: event.data.executedAt } } };
    case 'MeasureReferred':
      return { ...s, measureStatus: { ...s.measureStatus, [event.data.index]: { done: 'referred', to: event.data.to, at: event.data.referredAt } } };
    case 'DecisionPublished':
      return { ...s, publication: { scope: event.data.scope, at: event.data.publishedAt } };
    case 'ReviewRequested':
      return {
        ...s, review: { requestedAt: event.data.requestedAt },
        clocks: startClock(endClock(endClock(s.clocks, 'review_request'), 'appeal_filing'), 'review_decision', event.data.decisionDueAt),
      };
    case 'ReviewDecided':
      return {
        ...s, review: { ...(s.review ?? { requestedAt: event.data.decidedAt }), decidedAt: event.data.decidedAt, outcome: event.data.outcome },
        clocks: startClock(endClock(s.clocks, 'review_decision'), 'appeal_filing', event.data.appealDueAt),
      };
    case 'AppealFiled':
      return {
        ...s, appeal: { filedAt: event.data.filedAt },
        clocks: startClock(endClock(endClock(s.clocks, 'appeal_filing'), 'review_request'), 'appeal_decision', event.data.decisionDueAt),
      };
    case 'AppealDecided': {
      const clocks = endClock(s.clocks, 'appeal_decision');
      return {
        ...s, appeal: { ...(s.appeal ?? { filedAt: event.data.decidedAt }), decidedAt: event.data.decidedAt, outcome: event.data.outcome },
        clocks: event.data.correctionDueAt ? startClock(clocks, 'correction', event.data.correctionDueAt) : clocks,
      };
    }
    case 'DecisionCorrected':
      return {
        ...s, corrected: { at: event.data.correctedAt }, measureStatus: {}, clocks: endClock(s.clocks, 'correction'),
        decision: s.decision ? { ...s.decision, measures: event.data.measures } : s.decision,
      };
    case 'CaseArchived':
      return { ...s, stage: 'archived', closedAt: event.data.archivedAt };
    case 'StatutoryWindowMissed':
      return { ...s, clocks: s.clocks.map((c) => (c.clock === event.data.clock && c.state === 'running' ? { ...c, state: 'missed' } : c)) };
    default:
      return null;
  }
}
