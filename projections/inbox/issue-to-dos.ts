import type { IssueState } from '@app/domain';
import type { InboxItem } from './inbox-item';

type Active = Exclude<IssueState, { status: 'initial' }>;

/**
 * What an issue waits for, and from whom (DESIGN §3.10):
 *   待下达整改 order     an open issue without an open order             supervisors, coordinators
 *   待我整改   rectify   an open order the school has not reported on   the school
 *   待我审批延期 extension a pending extension request                  the order's issuer, coordinators
 *   待我复查   recheck   a report awaiting recheck                       supervisors, coordinators
 *   待约谈     interview 约谈 due on the open order and not yet held      leaders, coordinators
 *   待问责决定 accountability  accountability required                  leaders
 *   待通报批评 criticism  proposed for a criticism bulletin after 约谈   coordinators
 *   待通报     report    a result not yet reported in a bulletin        coordinators
 *   待销号     close     everything met: ready to close                 supervisors, coordinators
 *   待回头看   lookBack  a scheduled look-back not yet conducted         supervisors, coordinators
 * A recheck is due 10 working days after the report: once RecheckOverdue recorded that date, the item carries it.
 */
export function issueToDos(issueId: string, state: IssueState): InboxItem[] {
  if (state.status === 'initial' || state.status === 'withdrawn') return [];
  const s = state as Active;
  if (s.status === 'closed') {
    const due = s.pendingLookBack;
    if (!due) return [];
    const item = { subjectId: issueId, unitId: s.unitId, regionId: s.regionId, number: s.number ?? null, title: s.title, severity: s.severity, kind: 'lookBack', since: s.closedAt ?? s.foundAt, dueAt: due.dueAt };
    return ['role:supervisor', 'role:coordinator'].map((audience) => ({ ...item, audience }));
  }
  const base = { subjectId: issueId, unitId: s.unitId, regionId: s.regionId, number: s.number ?? null, title: s.title, severity: s.severity };
  const items: InboxItem[] = [];
  const add = (kind: string, audiences: string[], since: string, dueAt: string | null = null) => {
    for (const audience of audiences) items.push({ ...base, audience, kind, since, dueAt });
  };
  const order = s.currentOrder;
  if (s.status === 'open') add('order', ['role:supervisor', 'role:coordinator'], s.lastRecheck?.recheckedAt ?? s.foundAt);
  if (s.status === 'rectifying' && order) {
    add('rectify', ['role:unit'], order.orderedAt, order.deadline);
    if (order.pendingExtension) add('extension', [`user:${order.orderedBy}`, 'role:coordinator'], order.pendingExtension.requestedAt, order.deadline);
  }
  if (s.status === 'awaiting_recheck' && order) add('recheck', ['role:supervisor', 'role:coordinator'], order.reportedAt ?? order.orderedAt, order.recheckDueBy ?? null);
  if (s.status === 'rectifying' && order?.interviewDueAt && !order.interview) add('interview', ['role:leader', 'role:coordinator'], order.interviewDueAt);
  if (s.accountabilityRequired) add('accountability', ['role:leader'], order?.deadline ?? s.foundAt);
  if (s.criticismProposed && order?.proposedAt) add('criticism', ['role:coordinator'], order.proposedAt);
  const resultPending = !s.resultReported && (s.status === 'rectified' || s.accountabilityDecided);
  if (resultPending) add('report', ['role:coordinator'], s.lastRecheck?.recheckedAt ?? s.foundAt);
  if (s.status === 'rectified' && s.resultReported && !s.accountabilityRequired) add('close', ['role:supervisor', 'role:coordinator'], s.lastRecheck?.recheckedAt ?? s.foundAt);
  return items;
}
