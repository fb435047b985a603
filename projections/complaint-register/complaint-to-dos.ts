import type { ComplaintState } from '@app/domain';
import type { InboxItem } from '../inbox/inbox-item';

/**
 * What a complaint waits for, and from whom (DESIGN §3.10 待核实投诉):
 *   complaint_assign  received, nobody assigned                    coordinators
 *   complaint_verify  assigned, not verified (due: verifyBy)       the assigned supervisor, coordinators
 *   complaint_reply   verified, a named complainant not answered   the assigned supervisor, coordinators
 *   complaint_close   verified and answered (or anonymous)         the assigned supervisor, coordinators
 * `supervisorUser` is the user account of the assigned supervisor (null: every supervisor in jurisdiction).
 */
export function complaintToDos(complaintId: string, state: ComplaintState, supervisorUser: string | null): InboxItem[] {
  if (state.status === 'initial' || state.status === 'closed') return [];
  const base = { subjectId: complaintId, unitId: state.unitId, regionId: state.regionId, number: state.number ?? null, title: state.summary.slice(0, 120), severity: null };
  const assignee = supervisorUser ? `user:${supervisorUser}` : 'role:supervisor';
  const item = (kind: string, audiences: string[], since: string, dueAt: string | null = null): InboxItem[] =>
    audiences.map((audience) => ({ ...base, audience, kind, since, dueAt }));
  if (state.status === 'received') return item('complaint_assign', ['role:coordinator'], state.receivedAt, state.verifyBy);
  if (state.status === 'assigned') return item('complaint_verify', [assignee, 'role:coordinator'], state.receivedAt, state.verifyBy);
  if (!state.anonymous && state.replies === 0) return item('complaint_reply', [assignee, 'role:coordinator'], state.verifiedAt);
  return item('complaint_close', [assignee, 'role:coordinator'], state.verifiedAt);
}
