import type { RecordedEvent } from '@app/event-store';
import type { ProjectionTx } from '../projection';
import { alertSortKey } from './alert-sort-key';

/** The duty events that end a supervisor's duty alert. */
export const DUTY_RESOLVING_EVENTS = ['VisitReportSubmitted', 'TrainingRecorded'] as const;

/**
 * Ends the duty alerts whose condition an event ends, only alerts raised before it (once: the first resolution is
 * kept). Idempotent:
 * - VisitReportSubmitted (visit-<id>): that visit's visit_report_overdue alert, reason report_submitted;
 * - TrainingRecorded (supervisor-<id>): hours dated in a flagged year reduce that year's training_short alert's
 *   missing hours; at none missing it ends, reason training_completed.
 */
export async function resolveDutyAlerts(tx: ProjectionTx, events: RecordedEvent[]): Promise<void> {
  const table = tx.table('alerts');
  for (const event of events) {
    const sortKey = alertSortKey(event.position);
    if (event.type === 'VisitReportSubmitted' && event.stream.startsWith('visit-')) {
      await tx.query(
        `UPDATE ${table} SET resolved_at = $2, resolved_reason = 'report_submitted'
          WHERE kind = 'visit_report_overdue' AND subject_stream = $1 AND resolved_at IS NULL AND sort_key < $3`,
        [event.stream, event.recordedAt, sortKey],
      );
    }
    const d = (event.data ?? {}) as { date?: unknown; hours?: unknown };
    if (event.type === 'TrainingRecorded' && event.stream.startsWith('supervisor-') && typeof d.date === 'string' && typeof d.hours === 'number') {
      await tx.query(
        `UPDATE ${table}
            SET missing = greatest(missing - $3, 0),
                resolved_at = CASE WHEN missing - $3 <= 0 THEN $4::timestamptz END,
                resolved_reason = CASE WHEN missing - $3 <= 0 THEN 'training_completed' END
          WHERE kind = 'training_short' AND subject_stream = $1 AND month = $2 AND missing IS NOT NULL AND resolved_at IS NULL AND sort_key < $5`,
        [event.stream, d.date.slice(0, 4), d.hours, event.recordedAt, sortKey],
      );
    }
  }
}
