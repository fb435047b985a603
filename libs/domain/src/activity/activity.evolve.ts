import type { ActivityEvent } from './activity.events';
import { emptyUnitState, initialActivityState, type ActivityState, type ActivityUnitState, type ExistingActivity } from './activity.state';

const unit = (state: ExistingActivity, unitId: string, change: (u: ActivityUnitState) => ActivityUnitState): ExistingActivity => ({
  ...state,
  units: { ...state.units, [unitId]: change(state.units[unitId] ?? emptyUnitState()) },
});

function applyTo(state: ExistingActivity, event: ActivityEvent): ExistingActivity {
  switch (event.type) {
    case 'TeamFormed':
      return { ...state, team: { leaderId: event.data.leaderId, members: event.data.members.map((m) => ({ ...m, matters: [...m.matters] })) } };
    case 'NoticeSent':
      return { ...state, notice: { noticeNumber: event.data.noticeNumber, content: event.data.content, sentAt: event.data.sentAt } };
    case 'SiteVisited': {
      const { unitId, ...visit } = event.data;
      return unit(state, unitId, (u) => ({ ...u, visits: [...u.visits, visit] }));
    }
    case 'MemberSummarySubmitted': {
      const { supervisorId, highlights, problemsAndSuggestions, submittedAt } = event.data;
      return { ...state, summaries: { ...state.summaries, [supervisorId]: { highlights, problemsAndSuggestions, submittedAt } } };
    }
    case 'PreliminaryOpinionIssued': {
      const { unitId, opinion, issueIds, issuedAt, statementDueAt } = event.data;
      return unit(state, unitId, (u) => ({ ...u, preliminary: { opinion, issueIds: [...issueIds], issuedAt, statementDueAt } }));
    }
    case 'StatementReceived':
      return unit(state, event.data.unitId, (u) => ({ ...u, statement: { statement: event.data.statement, receivedAt: event.data.receivedAt } }));
    case 'OpinionLetterIssued': {
      const { unitId, letterNumber, evaluation, issueIds, issuedAt } = event.data;
      return unit(state, unitId, (u) => ({ ...u, letter: { letterNumber, evaluation, issueIds: [...issueIds], issuedAt } }));
    }
    case 'UnitReportFinalized':
      return unit(state, event.data.unitId, (u) => ({ ...u, report: { report: event.data.report, finalizedAt: event.data.finalizedAt } }));
    case 'ReportPublished':
      return { ...state, published: { scope: event.data.scope, publishedAt: event.data.publishedAt } };
    case 'ActivityClosed':
      return { ...state, status: 'closed', closedAt: event.data.closedAt };
    default:
      return state;
  }
}

/** Never throws: an event that does not apply leaves the state as it was (but for its version). */
export function evolveActivity(state: ActivityState, event: ActivityEvent): ActivityState {
  if (!event || typeof event !== 'object' || !event.data) return state;
  if (state.status === 'initial') {
    if (event.type !== 'ActivityPlanned') return state;
    const d = event.data;
    return {
      ...d, matters: [...d.matters], targetUnitIds: [...d.targetUnitIds], status: 'planned', version: 1,
      team: null, notice: null, units: Object.fromEntries(d.targetUnitIds.map((id) => [id, emptyUnitState()])), summaries: {}, published: null, closedAt: null,
    };
  }
  try {
    return { ...applyTo(state, event), version: state.version + 1 };
  } catch {
    return { ...state, version: state.version + 1 };
  }
}

export function foldActivity(events: readonly ActivityEvent[], from: ActivityState = initialActivityState): ActivityState {
  return events.reduce(evolveActivity, from);
}
