import type { RecordedEvent } from '@app/event-store';
import type { ProjectionTx } from '../projection';
import { ISSUE_PREFIX } from '../shared/issue-state-batch';
import { alertSortKey } from './alert-sort-key';

const DEADLINE_KINDS = `('due_soon', 'overdue', 'reminder', 'interview_due')`;

/** The issue events that end an alert's condition, and which alerts they end. */
export const RESOLVING_EVENTS = [
  'RectificationOrdered', 'ExtensionDecided', 'DeadlineRecomputed', 'RectificationReported', 'RecheckConducted', 'IssueClosed', 'IssueWithdrawn',
  'LookBackConducted', 'InterviewHeld',
] as const;

interface Resolution {
  where: string;
  values: unknown[];
  reason: string;
}

function resolutionOf(event: RecordedEvent): Resolution[] {
  const issueId = event.stream.slice(ISSUE_PREFIX.length);
  const data = (event.data ?? {}) as { orderNo?: number; approved?: boolean; deadline?: string; previousDeadline?: string };
  const orderNo = typeof data.orderNo === 'number' ? data.orderNo : null;
  switch (event.type) {
    case 'RectificationOrdered':
      // A new order replaces every earlier one: their warnings no longer apply.
      return orderNo === null ? [] : [{ where: `kind IN ${DEADLINE_KINDS} AND order_no < $3`, values: [orderNo], reason: 'order_replaced' }];
    case 'ExtensionDecided': {
      const decided = { where: `kind = 'extension_requested' AND order_no = $3`, values: [orderNo], reason: 'extension_decided' };
      if (!data.approved) return [decided];
      return [decided, { where: `kind IN ${DEADLINE_KINDS} AND order_no = $3`, values: [orderNo], reason: 'deadline_extended' }];
    }
    case 'DeadlineRecomputed':
      // A recomputed deadline is never earlier (信赖保护): a due-soon warning for the old one no longer holds.
      return [{ where: `kind = 'due_soon' AND order_no = $3`, values: [orderNo], reason: 'deadline_extended' }];
    case 'RectificationReported':
      return [{ where: `kind IN ${DEADLINE_KINDS} AND order_no = $3`, values: [orderNo], reason: 'reported' }];
    case 'RecheckConducted':
      return [
        { where: `kind IN ${DEADLINE_KINDS} AND order_no = $3`, values: [orderNo], reason: 'reported' },
        { where: `kind = 'recheck_overdue' AND order_no = $3`, values: [orderNo], reason: 'rechecked' },
      ];
    case 'LookBackConducted':
      return [{ where: `kind = 'look_back_overdue'`, values: [], reason: 'looked_back' }];
    case 'InterviewHeld':
      return [{ where: `kind = 'interview_due' AND order_no = $3`, values: [orderNo], reason: 'interview_held' }];
    case 'IssueClosed':
      return [{ where: 'true', values: [], reason: 'closed' }];
    case 'IssueWithdrawn':
      return [{ where: 'true', values: [], reason: 'withdrawn' }];
    default:
      return [];
  }
}

/** Marks the alerts an event ends as resolved (once: the first resolution is kept). Idempotent. */
export async function resolveAlerts(tx: ProjectionTx, events: RecordedEvent[]): Promise<void> {
  const table = tx.table('alerts');
  for (const event of events) {
    if (!event.stream.startsWith(ISSUE_PREFIX)) continue;
    for (const { where, values, reason } of resolutionOf(event)) {
      await tx.query(
        `UPDATE ${table} SET resolved_at = $2, resolved_reason = $${values.length + 3}
          WHERE issue_id = $1 AND resolved_at IS NULL AND sort_key < $${values.length + 4} AND ${where}`,
        [event.stream.slice(ISSUE_PREFIX.length), event.recordedAt, ...values, reason, sortKeyOf(event)],
      );
    }
  }
}

const sortKeyOf = (event: RecordedEvent) => alertSortKey(event.position);
