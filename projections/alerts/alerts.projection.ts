import type { IssueRegistered, RectificationDueSoon, RectificationOverdue, ReminderIssued, VisitCoverageMissed } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import { batchProjection, type ProjectionTx } from '../projection';
import { ISSUE_PREFIX } from '../shared/issue-state-batch';
import { alertSortKey } from './alert-sort-key';
import { resolveAlerts, RESOLVING_EVENTS } from './alert-resolutions';
import { DUTY_RESOLVING_EVENTS, resolveDutyAlerts } from './duty-alert-resolutions';
import { COMPLAINT_PREFIX, insertSubjectAlerts, keepSubjectFacts, MATTER_PREFIX, resolveSubjectAlerts, SUBJECT_EVENTS, subjectAlertOf, subjectOpsAlertOf } from './subject-alerts';

export const ALERTS = 'alerts';
export const COVERAGE_PREFIX = 'coverage-';
const VISIT_PREFIX = 'visit-';
const SUPERVISOR_PREFIX = 'supervisor-';

const KINDS: Record<string, string> = {
  RectificationDueSoon: 'due_soon', RectificationOverdue: 'overdue', ReminderIssued: 'reminder', DeadlineRecomputed: 'deadline_recomputed',
  // The office's own lateness (DESIGN §3.9): a report waiting for its recheck, a look-back past its due date.
  RecheckOverdue: 'recheck_overdue', LookBackOverdue: 'look_back_overdue',
  ExtensionRequested: 'extension_requested', InterviewDue: 'interview_due', AccountabilityProposed: 'accountability_proposed',
};
/** Operational alerts about one issue (the deadline clock could not handle it): stream ops-alert-<key>. */
export const OPS_ALERT_PREFIX = 'ops-alert-';

/**
 * GET /alerts, the SSE stream and webhooks: one alert per escalation event, and one per (supervisor, school, month)
 * the month-end coverage check found unvisited (kind coverage_missed). The event id is the alert id.
 */
export const alertsProjection = batchProjection({
  name: ALERTS,
  // 2: alerts resolve when their condition ends; extension requests alert the order's issuer.
  // 3: with recomputed deadlines and operational (clock) alerts beside them.
  // 4: the ladder past 督办: 约谈 due (ends when it is held) and the proposal for a criticism bulletin and a case;
  //    supervisors' duties — a visit report past due (visit_report_overdue), a year short of training (training_short).
  // 5: duty alerts end with their condition: the visit's report submitted, the year's 40 training hours made up.
  // 6: alerts about complaints (verification due soon, overdue) and 督查事项 (overdue, 催办/督办), and the matter and
  //    complaint clocks' failures as clock_failed on their subject; every alert names its subject (kind and id).
  version: 6,
  handles: [...new Set(['IssueRegistered', ...Object.keys(KINDS), 'VisitCoverageMissed', 'OpsAlertRaised', ...RESOLVING_EVENTS, 'VisitReportOverdue', 'TrainingShortfallFlagged', ...DUTY_RESOLVING_EVENTS, ...SUBJECT_EVENTS])],
  streamPrefixes: [ISSUE_PREFIX, COVERAGE_PREFIX, OPS_ALERT_PREFIX, VISIT_PREFIX, SUPERVISOR_PREFIX, COMPLAINT_PREFIX, MATTER_PREFIX],
  tables: ['alerts', 'alert_issue_facts', 'alert_subject_facts'],
  async applyBatch(tx: ProjectionTx, events) {
    const facts = events.filter((e) => e.type === 'IssueRegistered').map((e) => {
      const d = e.data as IssueRegistered['data'];
      return { issue_id: e.stream.slice(ISSUE_PREFIX.length), unit_id: d.unitId, region_id: d.regionId, title: d.title, severity: d.severity, number: d.number ?? null };
    });
    if (facts.length) {
      await tx.query(
        `INSERT INTO ${tx.table('alert_issue_facts')} (issue_id, unit_id, region_id, title, severity, number) SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS r(issue_id text, unit_id text, region_id text, title text, severity text, number text) ON CONFLICT (issue_id) DO NOTHING`,
        [JSON.stringify(facts)],
      );
    }
    // Who issued the open order: an extension request is addressed to them.
    for (const e of events.filter((x) => x.type === 'RectificationOrdered' && x.stream.startsWith(ISSUE_PREFIX))) {
      const orderedBy = (e.data as { orderedBy?: string } | null)?.orderedBy ?? null;
      await tx.query(`UPDATE ${tx.table('alert_issue_facts')} SET order_issuer = $2 WHERE issue_id = $1`, [e.stream.slice(ISSUE_PREFIX.length), orderedBy]);
    }
    const ids: string[] = [];
    const alerts = [
      ...events.filter((e) => KINDS[e.type] && e.stream.startsWith(ISSUE_PREFIX)).map(toAlert),
      ...events.filter((e) => e.type === 'OpsAlertRaised' && e.stream.startsWith(OPS_ALERT_PREFIX)).map(toOpsAlert).filter((a) => a !== null),
    ];
    if (alerts.length) {
      const inserted = await tx.query<{ alert_id: string }>(
        `INSERT INTO ${tx.table('alerts')} (alert_id, sort_key, position, kind, level, issue_id, order_no, unit_id, unit_name, region_id, zone_id,
            title, severity, deadline, occurred_at, number, addressee_id, subject_kind, subject_id)
         SELECT r.alert_id, r.sort_key, r.position, r.kind, r.level, r.issue_id, r.order_no, f.unit_id, u.name, f.region_id, u.zone_id,
            f.title, f.severity, r.deadline, r.occurred_at, f.number, CASE WHEN r.kind = 'extension_requested' THEN f.order_issuer END, 'issue', r.issue_id
           FROM jsonb_to_recordset($1::jsonb) AS r(alert_id text, sort_key text, position text, kind text, level text, issue_id text,
            order_no integer, deadline timestamptz, occurred_at timestamptz)
           JOIN ${tx.table('alert_issue_facts')} f ON f.issue_id = r.issue_id
           LEFT JOIN registry_units u ON u.id = f.unit_id
         ON CONFLICT (alert_id) DO NOTHING
         RETURNING alert_id`,
        [JSON.stringify(alerts)],
      );
      ids.push(...inserted.rows.map((row) => row.alert_id));
    }
    const missed = events.filter((e) => e.type === 'VisitCoverageMissed' && e.stream.startsWith(COVERAGE_PREFIX)).map(toCoverageAlert).filter((a) => a !== null);
    if (missed.length) {
      // The school's region and unit scope the alert (leaders: region subtree; supervisors: their schools or zone).
      const inserted = await tx.query<{ alert_id: string }>(
        `INSERT INTO ${tx.table('alerts')} (alert_id, sort_key, position, kind, unit_id, unit_name, region_id, zone_id, title, deadline, occurred_at,
            supervisor_id, month)
         SELECT r.alert_id, r.sort_key, r.position, 'coverage_missed', r.unit_id, coalesce(u.name, r.unit_name), r.region_id, coalesce(r.zone_id, u.zone_id),
            r.month || ' 责任督学 ' || coalesce(r.supervisor_name, r.supervisor_id) || ' 未到校督导：' || coalesce(u.name, r.unit_name, r.unit_id),
            r.month_end, r.occurred_at, r.supervisor_id, r.month
           FROM jsonb_to_recordset($1::jsonb) AS r(alert_id text, sort_key text, position text, unit_id text, unit_name text, region_id text,
            zone_id text, supervisor_id text, supervisor_name text, month text, month_end timestamptz, occurred_at timestamptz)
           LEFT JOIN registry_units u ON u.id = r.unit_id
         ON CONFLICT (alert_id) DO NOTHING
         RETURNING alert_id`,
        [JSON.stringify(missed)],
      );
      ids.push(...inserted.rows.map((row) => row.alert_id));
    }
    ids.push(...(await insertDutyAlerts(tx, events)));
    await keepSubjectFacts(tx, events);
    ids.push(...(await insertSubjectAlerts(tx, events.flatMap((e) => {
      const alert = e.type === 'OpsAlertRaised' ? (e.stream.startsWith(OPS_ALERT_PREFIX) ? subjectOpsAlertOf(e) : null) : subjectAlertOf(e);
      return alert ? [alert] : [];
    }))));
    await resolveAlerts(tx, events);
    await resolveDutyAlerts(tx, events);
    await resolveSubjectAlerts(tx, events);
    if (tx.rebuilding || ids.length === 0) return;
    // The outbox row commits with the alert: delivery is at least once, and a replay enqueues nothing new.
    await tx.query(
      `INSERT INTO alert_webhook_outbox (alert_id, receiver, payload)
       SELECT a.alert_id, w.name, jsonb_build_object('id', a.alert_id, 'kind', a.kind, 'level', a.level, 'issueId', a.issue_id,
                'orderNo', a.order_no, 'unitId', a.unit_id, 'unitName', a.unit_name, 'regionId', a.region_id, 'zoneId', a.zone_id, 'title', a.title,
                'severity', a.severity, 'deadline', a.deadline, 'occurredAt', a.occurred_at, 'position', a.position,
                'supervisorId', a.supervisor_id, 'month', a.month, 'number', a.number, 'addresseeId', a.addressee_id,
                'subjectKind', a.subject_kind, 'subjectId', a.subject_id)
         FROM ${tx.table('alerts')} a CROSS JOIN alert_webhook_receivers w
        WHERE a.alert_id = ANY($1::text[])
       ON CONFLICT (alert_id, receiver) DO NOTHING`,
      [ids],
    );
  },
});

function toAlert(event: RecordedEvent) {
  const data = event.data as (RectificationDueSoon | RectificationOverdue | ReminderIssued)['data'] & { deadline?: string; level?: string; proposedDeadline?: string; dueBy?: string; dueAt?: string };
  return {
    alert_id: event.metadata.eventId,
    sort_key: alertSortKey(event.position),
    position: event.position,
    kind: KINDS[event.type],
    level: data.level ?? null,
    issue_id: event.stream.slice(ISSUE_PREFIX.length),
    order_no: typeof data.orderNo === 'number' ? data.orderNo : null,
    deadline: data.deadline ?? data.proposedDeadline ?? data.dueBy ?? data.dueAt ?? null,
    occurred_at: event.recordedAt,
  };
}

/** The clock's failure on one issue, as an alert on that issue (kind clock_failed, the error in `level`). */
function toOpsAlert(event: RecordedEvent) {
  const d = event.data as { issueId?: unknown; orderNo?: unknown; deadline?: unknown; step?: unknown } | null;
  if (!d || typeof d.issueId !== 'string') return null;
  return {
    alert_id: event.metadata.eventId,
    sort_key: alertSortKey(event.position),
    position: event.position,
    kind: 'clock_failed',
    level: typeof d.step === 'string' ? d.step : null,
    issue_id: d.issueId,
    order_no: typeof d.orderNo === 'number' ? d.orderNo : null,
    deadline: typeof d.deadline === 'string' ? d.deadline : null,
    occurred_at: event.recordedAt,
  };
}

function toCoverageAlert(event: RecordedEvent) {
  const d = event.data as Partial<VisitCoverageMissed['data']> | null;
  if (!d || typeof d.unitId !== 'string' || typeof d.regionId !== 'string' || typeof d.supervisorId !== 'string' || typeof d.month !== 'string') return null;
  return {
    alert_id: event.metadata.eventId,
    sort_key: alertSortKey(event.position),
    position: event.position,
    unit_id: d.unitId,
    unit_name: d.unitName ?? null,
    region_id: d.regionId,
    zone_id: d.zoneId ?? null,
    supervisor_id: d.supervisorId,
    supervisor_name: d.supervisorName ?? null,
    month: d.month,
    month_end: d.monthEnd ?? null,
    occurred_at: event.recordedAt,
  };
}

/** Supervisors' duties: a visit report past due (at the visit's school) and a year short of training (the region's). */
async function insertDutyAlerts(tx: ProjectionTx, events: RecordedEvent[]): Promise<string[]> {
  const rows = events.flatMap((event): Record<string, unknown>[] => {
    const d = (event.data ?? {}) as Record<string, unknown>;
    const base = { alert_id: event.metadata.eventId, sort_key: alertSortKey(event.position), position: event.position, occurred_at: event.recordedAt };
    if (event.type === 'VisitReportOverdue' && event.stream.startsWith(VISIT_PREFIX) && typeof d.unitId === 'string') {
      return [{ ...base, kind: 'visit_report_overdue', unit_id: d.unitId, region_id: d.regionId, supervisor_user_id: d.supervisorId, supervisor_id: null, deadline: d.dueAt ?? null, month: null, missing: null, subject_stream: event.stream }];
    }
    if (event.type === 'TrainingShortfallFlagged' && event.stream.startsWith(SUPERVISOR_PREFIX) && typeof d.supervisorId === 'string') {
      return [{ ...base, kind: 'training_short', unit_id: null, region_id: d.regionId, supervisor_user_id: null, supervisor_id: d.supervisorId, deadline: null, month: String(d.year ?? ''), missing: d.missing ?? null, subject_stream: event.stream }];
    }
    return [];
  });
  if (!rows.length) return [];
  const inserted = await tx.query<{ alert_id: string }>(
    `INSERT INTO ${tx.table('alerts')} (alert_id, sort_key, position, kind, unit_id, unit_name, region_id, zone_id, title, deadline, occurred_at, supervisor_id, month,
        subject_stream, missing, subject_kind, subject_id)
     SELECT r.alert_id, r.sort_key, r.position, r.kind, r.unit_id, u.name, r.region_id, coalesce(u.zone_id, s.zone_id),
            CASE WHEN r.kind = 'visit_report_overdue' THEN '督导报告逾期未交：' || coalesce(s.name, '') || ' · ' || coalesce(u.name, '')
                 ELSE r.month || ' 年培训学时不足：' || coalesce(s.name, '') || '（差 ' || coalesce(r.missing::text, '') || ' 学时）' END,
            r.deadline, r.occurred_at, coalesce(r.supervisor_id, ru.supervisor_id), r.month, r.subject_stream, r.missing,
            CASE WHEN r.kind = 'visit_report_overdue' THEN 'visit' ELSE 'supervisor' END, regexp_replace(r.subject_stream, '^(visit|supervisor)-', '')
       FROM jsonb_to_recordset($1::jsonb) AS r(alert_id text, sort_key text, position text, kind text, unit_id text, region_id text, supervisor_user_id text,
            supervisor_id text, deadline timestamptz, occurred_at timestamptz, month text, missing numeric, subject_stream text)
       LEFT JOIN registry_units u ON u.id = r.unit_id
       LEFT JOIN registry_users ru ON ru.id = r.supervisor_user_id
       LEFT JOIN registry_supervisors s ON s.id = coalesce(r.supervisor_id, ru.supervisor_id)
     ON CONFLICT (alert_id) DO NOTHING
     RETURNING alert_id`,
    [JSON.stringify(rows)],
  );
  return inserted.rows.map((row) => row.alert_id);
}
