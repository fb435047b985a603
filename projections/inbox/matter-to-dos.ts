import type { MatterState } from '@app/domain';
import type { InboxItem } from './inbox-item';

/**
 * What a 督查事项 waits for, and from whom (DESIGN §3.10; every item's kind starts with `matter_`, and its subject is
 * the matter):
 *   督查事项待交办   matter_to_assign  registered, not yet assigned           coordinators
 *   督查事项待办理   matter_to_handle  assigned or sent back, not submitted   the lead unit
 *   督查事项待协办   matter_to_assist  assigned, no progress from it yet       each assisting unit (its own unit)
 *   督查事项延期待审批 matter_extension  an extension request pending          coordinators
 *   督查事项待审核   matter_to_review  a completion submitted                 coordinators
 *   督查事项待办结   matter_to_close   accepted                               coordinators
 */
export function matterToDos(matterId: string, state: MatterState): InboxItem[] {
  if (state.status === 'initial' || state.status === 'closed') return [];
  const due = state.assignment?.dueAt ?? null;
  const base = { subjectId: matterId, unitId: state.unitId ?? '', regionId: state.regionId, number: state.number ?? null, title: state.title, severity: null };
  const item = (kind: string, audience: string, since: string, dueAt: string | null = due): InboxItem => ({ ...base, kind, audience, since, dueAt });
  switch (state.status) {
    case 'registered':
      return [item('matter_to_assign', 'role:coordinator', state.registeredAt, null)];
    case 'assigned':
    case 'returned': {
      const since = state.status === 'returned' ? (state.lastSubmittedAt ?? state.assignment.assignedAt) : state.assignment.assignedAt;
      const items = [item('matter_to_handle', 'role:unit', since)];
      const reported = new Set(state.progressReportedBy ?? []);
      for (const unitId of state.assignment.assistingUnitIds) {
        if (!reported.has(unitId)) items.push({ ...item('matter_to_assist', 'role:unit', state.assignment.assignedAt), unitId });
      }
      if (state.pendingExtension) items.push(item('matter_extension', 'role:coordinator', state.pendingExtension.requestedAt));
      return items;
    }
    case 'submitted':
      return [item('matter_to_review', 'role:coordinator', state.lastSubmittedAt ?? state.assignment.assignedAt)];
    case 'accepted':
      return [item('matter_to_close', 'role:coordinator', state.acceptedAt ?? state.assignment.assignedAt)];
    default:
      return [];
  }
}
