import type { MatterEvent } from './matter.events';
import { initialMatterState, type ActiveMatter, type HandledMatter, type MatterState } from './matter.state';

/** Never throws: an event that does not apply to the state leaves it as it was (version aside). */
export function evolveMatter(state: MatterState, event: MatterEvent): MatterState {
  if (!event || typeof event !== 'object' || !event.data) return state;
  const version = state.version + 1;
  if (event.type === 'MatterRegistered') {
    if (state.status !== 'initial') return { ...state, version };
    return {
      ...event.data,
      source: { ...event.data.source },
      status: 'registered',
      assignment: null,
      version,
      unitId: null,
      overdue: false,
      overdueAt: null,
      reminderLevel: null,
      lastReminderAt: null,
      extensionsGranted: 0,
      pendingExtension: null,
      submissions: 0,
      returns: 0,
      lastSubmittedAt: null,
      lastSubmissionLate: false,
      acceptedAt: null,
      closedAt: null,
    };
  }
  if (state.status === 'initial') return state;
  return evolveActive(state, event, version);
}

function evolveActive(state: ActiveMatter, event: MatterEvent, version: number): MatterState {
  switch (event.type) {
    case 'MatterAssigned': {
      const { leadUnitId, assistingUnitIds, dueAt, deadlineRule, assignedAt } = event.data;
      return { ...state, status: 'assigned', version, unitId: leadUnitId, progressReportedBy: [], assignment: { leadUnitId, assistingUnitIds: [...assistingUnitIds], dueAt, deadlineRule, assignedAt } };
    }
    case 'MatterProgressReported':
      return { ...state, version, progressReportedBy: [...new Set([...(state.progressReportedBy ?? []), event.data.unitId])] };
    case 'MatterOverdue':
      return { ...state, version, overdue: true, overdueAt: event.data.detectedAt };
    case 'MatterReminderIssued':
      return { ...state, version, reminderLevel: strongest(state.reminderLevel, event.data.level), lastReminderAt: event.data.issuedAt };
    case 'MatterExtensionRequested':
      return { ...state, version, pendingExtension: { proposedDueAt: event.data.proposedDueAt, reason: event.data.reason, requestedAt: event.data.requestedAt } };
    case 'MatterExtensionDecided':
      if (!state.assignment) return { ...state, version };
      if (!event.data.approved || !event.data.newDueAt) return { ...state, version, pendingExtension: null };
      return withAssignment(state, version, {
        pendingExtension: null,
        extensionsGranted: state.extensionsGranted + 1,
        // a new due date in force: the matter is no longer past due, and the ladder starts again
        overdue: false,
        overdueAt: null,
        reminderLevel: null,
        assignment: { ...state.assignment, dueAt: event.data.newDueAt },
      });
    case 'MatterCompletionSubmitted':
      return withAssignment(state, version, {
        status: 'submitted',
        pendingExtension: null,
        submissions: state.submissions + 1,
        lastSubmittedAt: event.data.submittedAt,
        lastSubmissionLate: event.data.late,
      });
    case 'MatterCompletionReviewed':
      return event.data.outcome === 'accepted'
        ? withAssignment(state, version, { status: 'accepted', acceptedAt: event.data.reviewedAt })
        : withAssignment(state, version, { status: 'returned', returns: state.returns + 1 });
    case 'MatterClosed':
      return withAssignment(state, version, { status: 'closed', closedAt: event.data.closedAt });
    default:
      return { ...state, version };
  }
}

function withAssignment(state: ActiveMatter, version: number, changes: Partial<HandledMatter>): MatterState {
  if (!state.assignment) return { ...state, version };
  return { ...state, ...changes, version } as HandledMatter;
}

function strongest(a: ActiveMatter['reminderLevel'], b: ActiveMatter['reminderLevel']): ActiveMatter['reminderLevel'] {
  return a === 'supervise' || b === 'supervise' ? 'supervise' : (a ?? b);
}

export function foldMatter(events: readonly MatterEvent[], from: MatterState = initialMatterState): MatterState {
  return events.reduce(evolveMatter, from);
}
