import type { ComplaintEvent } from './complaint.events';
import { initialComplaintState, type ComplaintState } from './complaint.state';

/** Never throws: an event that does not apply leaves the state as it was. */
export function evolveComplaint(state: ComplaintState, event: ComplaintEvent): ComplaintState {
  if (!event || typeof event !== 'object' || !event.data) return state;
  const version = state.version + 1;
  if (event.type === 'ComplaintReceived') {
    if (state.status !== 'initial') return state;
    const { verifyByRule: _rule, complainant, ...data } = event.data;
    return { ...data, hasComplainant: complainant !== null && complainant !== undefined, status: 'received', supervisorId: null, dueSoonMarked: false, overdueMarked: false, replies: 0, lastRepliedAt: null, version };
  }
  if (state.status === 'initial') return state;
  switch (event.type) {
    case 'ComplaintAssigned':
      if (state.status !== 'received' && state.status !== 'assigned') return { ...state, version };
      return { ...state, status: 'assigned', supervisorId: event.data.supervisorId, verifyBy: event.data.verifyBy, version };
    case 'ComplaintVerificationDueSoon':
      return { ...state, dueSoonMarked: true, version };
    case 'ComplaintVerificationOverdue':
      return { ...state, overdueMarked: true, version };
    case 'ComplaintVerified': {
      if (state.status !== 'received' && state.status !== 'assigned') return { ...state, version };
      const { outcome, findings, issueIds, verifiedAt } = event.data;
      return { ...state, status: 'verified', outcome, findings, issueIds: [...issueIds], verifiedAt, version };
    }
    case 'ComplainantReplied':
      return { ...state, replies: state.replies + 1, lastRepliedAt: event.data.repliedAt, version };
    case 'ComplaintClosed':
      if (state.status !== 'verified') return { ...state, version };
      return { ...state, status: 'closed', closedAt: event.data.closedAt, version };
    default:
      return { ...state, version };
  }
}

export function foldComplaint(events: readonly ComplaintEvent[], from: ComplaintState = initialComplaintState): ComplaintState {
  return events.reduce(evolveComplaint, from);
}
