import type { ComplaintAssigned, ComplaintReceived, MatterAssigned, MatterRegistered } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { ProjectionTx } from '../projection';
import { alertSortKey } from './alert-sort-key';

export const COMPLAINT_PREFIX = 'complaint-';
export const MATTER_PREFIX = 'matter-';

/** Events that raise an alert about a complaint or a matter, and their kind. */
const SUBJECT_KINDS: Record<string, string> = {
  ComplaintVerificationDueSoon: 'complaint_due_soon', ComplaintVerificationOverdue: 'complaint_overdue',
  MatterOverdue: 'matter_overdue', MatterReminderIssued: 'matter_reminder',
};
/** Events that keep the facts an alert about a complaint or a matter quotes. */
const FACT_EVENTS = ['ComplaintReceived', 'ComplaintAssigned', 'MatterRegistered', 'MatterAssigned'] as const;
/** Events that end alerts about a complaint or a matter. */
const RESOLVING = ['ComplaintVerified', 'ComplaintClosed', 'MatterCompletionReviewed', 'MatterClosed'] as const;

export const SUBJECT_EVENTS = [...Object.keys(SUBJECT_KINDS), ...FACT_EVENTS, ...RESOLVING];

const subjectOf = (stream: string): { kind: 'complaint' | 'matter'; id: string } | null =>
  stream.startsWith(COMPLAINT_PREFIX) ? { kind: 'complaint', id: stream.slice(COMPLAINT_PREFIX.length) }
  : stream.startsWith(MATTER_PREFIX) ? { kind: 'matter', id: stream.slice(MATTER_PREFIX.length) }
  : null;

/**
 * Keeps each complaint's and matter's facts: number, the matter's title, the school (complaint) or lead unit
 * (matter), the region, the assigned supervisor. A complaint's summary and complainant are not kept (personal data).
 */
export async function keepSubjectFacts(tx: ProjectionTx, events: RecordedEvent[]): Promise<void> {
  const table = tx.table('alert_subject_facts');
  for (const event of events) {
    const subject = subjectOf(event.stream);
    if (!subject) continue;
    if (event.type === 'ComplaintReceived' || event.type === 'MatterRegistered') {
      const d = event.data as Partial<ComplaintReceived['data']> & Partial<MatterRegistered['data']>;
      await tx.query(
        `INSERT INTO ${table} (subject_stream, subject_kind, subject_id, number, title, unit_id, region_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (subject_stream) DO NOTHING`,
        [event.stream, subject.kind, subject.id, d.number ?? null, subject.kind === 'matter' ? (d.title ?? null) : null, d.unitId ?? null, d.regionId ?? null],
      );
    } else if (event.type === 'ComplaintAssigned') {
      const supervisorId = (event.data as Partial<ComplaintAssigned['data']>).supervisorId ?? null;
      await tx.query(`UPDATE ${table} SET supervisor_id = $2 WHERE subject_stream = $1`, [event.stream, supervisorId]);
      // A reassigned complaint's open alerts follow it to the new supervisor.
      await tx.query(
        `UPDATE ${tx.table('alerts')} SET supervisor_id = $2, addressee_id = (SELECT min(id) FROM registry_users WHERE supervisor_id = $2)
          WHERE subject_stream = $1 AND resolved_at IS NULL`,
        [event.stream, supervisorId],
      );
    } else if (event.type === 'MatterAssigned') {
      await tx.query(`UPDATE ${table} SET unit_id = $2 WHERE subject_stream = $1`, [event.stream, (event.data as Partial<MatterAssigned['data']>).leadUnitId ?? null]);
    }
  }
}

interface SubjectAlertRow {
  alert_id: string; sort_key: string; position: string; occurred_at: string; kind: string; level: string | null; deadline: string | null; subject_stream: string;
}

/** A complaint's verification due soon or overdue, a matter overdue or reminded (催办/督办, the level in `level`). */
export function subjectAlertOf(event: RecordedEvent): SubjectAlertRow | null {
  const kind = SUBJECT_KINDS[event.type];
  if (!kind || !subjectOf(event.stream)) return null;
  const d = (event.data ?? {}) as { verifyBy?: unknown; dueAt?: unknown; level?: unknown };
  const deadline = typeof d.verifyBy === 'string' ? d.verifyBy : typeof d.dueAt === 'string' ? d.dueAt : null;
  const level = kind === 'matter_reminder' && typeof d.level === 'string' ? d.level : null;
  return { alert_id: event.metadata.eventId, sort_key: alertSortKey(event.position), position: event.position, occurred_at: event.recordedAt, kind, level, deadline, subject_stream: event.stream };
}

/** The matter or complaint clock's failure on one item (OpsAlertRaised with a matterId or complaintId) as clock_failed. */
export function subjectOpsAlertOf(event: RecordedEvent): SubjectAlertRow | null {
  const d = event.data as { matterId?: unknown; complaintId?: unknown; step?: unknown; dueAt?: unknown } | null;
  const stream = typeof d?.matterId === 'string' ? `${MATTER_PREFIX}${d.matterId}` : typeof d?.complaintId === 'string' ? `${COMPLAINT_PREFIX}${d.complaintId}` : null;
  if (!d || !stream) return null;
  return {
    alert_id: event.metadata.eventId, sort_key: alertSortKey(event.position), position: event.position, occurred_at: event.recordedAt, kind: 'clock_failed',
    level: typeof d.step === 'string' ? d.step : null, deadline: typeof d.dueAt === 'string' ? d.dueAt : null, subject_stream: stream,
  };
}

/**
 * Inserts alerts about complaints and matters, quoting their facts. A complaint's alert is scoped by its school and
 * region and addressed to the assigned supervisor (the office sees it too; the school does not); its title is the
 * school's name. A matter's is scoped by its lead unit and region, titled with the matter's title.
 */
export async function insertSubjectAlerts(tx: ProjectionTx, rows: SubjectAlertRow[]): Promise<string[]> {
  if (!rows.length) return [];
  const inserted = await tx.query<{ alert_id: string }>(
    `INSERT INTO ${tx.table('alerts')} (alert_id, sort_key, position, kind, level, unit_id, unit_name, region_id, zone_id, title, deadline, occurred_at,
        number, supervisor_id, addressee_id, subject_stream, subject_kind, subject_id)
     SELECT r.alert_id, r.sort_key, r.position, r.kind, r.level, f.unit_id, u.name, f.region_id, u.zone_id,
            CASE WHEN f.subject_kind = 'complaint' THEN '举报投诉 · ' || coalesce(u.name, f.unit_id, '') ELSE coalesce(f.title, '') END,
            r.deadline, r.occurred_at, f.number, f.supervisor_id,
            CASE WHEN f.subject_kind = 'complaint' THEN (SELECT min(ru.id) FROM registry_users ru WHERE ru.supervisor_id = f.supervisor_id) END,
            r.subject_stream, f.subject_kind, f.subject_id
       FROM jsonb_to_recordset($1::jsonb) AS r(alert_id text, sort_key text, position text, kind text, level text, deadline timestamptz,
            occurred_at timestamptz, subject_stream text)
       JOIN ${tx.table('alert_subject_facts')} f ON f.subject_stream = r.subject_stream
       LEFT JOIN registry_units u ON u.id = f.unit_id
      WHERE f.region_id IS NOT NULL
     ON CONFLICT (alert_id) DO NOTHING
     RETURNING alert_id`,
    [JSON.stringify(rows)],
  );
  return inserted.rows.map((row) => row.alert_id);
}

/**
 * Ends alerts about a complaint or a matter with their condition (only alerts raised before the event; the first
 * resolution is kept): a complaint verified (its deadline alerts) or closed (all of them); a matter's completion
 * accepted or the matter closed. A submission alone does not end a matter's lateness: it may be sent back.
 */
export async function resolveSubjectAlerts(tx: ProjectionTx, events: RecordedEvent[]): Promise<void> {
  for (const event of events) {
    const resolution =
      event.type === 'ComplaintVerified' ? { where: `kind IN ('complaint_due_soon', 'complaint_overdue')`, reason: 'complaint_verified' }
      : event.type === 'ComplaintClosed' ? { where: 'true', reason: 'complaint_closed' }
      : event.type === 'MatterCompletionReviewed' && (event.data as { outcome?: string } | null)?.outcome === 'accepted'
        ? { where: `kind IN ('matter_overdue', 'matter_reminder')`, reason: 'matter_accepted' }
      : event.type === 'MatterClosed' ? { where: 'true', reason: 'matter_closed' }
      : null;
    if (!resolution || !subjectOf(event.stream)) continue;
    await tx.query(
      `UPDATE ${tx.table('alerts')} SET resolved_at = $2, resolved_reason = $3
        WHERE subject_stream = $1 AND resolved_at IS NULL AND sort_key < $4 AND ${resolution.where}`,
      [event.stream, event.recordedAt, resolution.reason, alertSortKey(event.position)],
    );
  }
}
