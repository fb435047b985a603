import { isCalendarDate, type IssueRegistered, type VisitRecorded, type VisitReportSubmitted } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';

export const VISIT_RECORDS = 'visit-records';

/** GET /visits and GET /visits/:id: each visit once (its id is the key), with the issues registered from it. */
export const visitRecordsProjection = batchProjection({
  name: VISIT_RECORDS,
  // 2: the full visit record (methods, duration, feedback, findings); 3: the visit report and its due time
  version: 3,
  handles: ['VisitRecorded', 'VisitReportSubmitted', 'VisitReportOverdue', 'IssueRegistered'],
  streamPrefixes: ['visit-', 'issue-'],
  tables: ['visit_records', 'visit_issues'],
  async applyBatch(tx: ProjectionTx, events) {
    const visits = tx.table('visit_records');
    const links = tx.table('visit_issues');
    const recorded = events
      .filter((e) => e.type === 'VisitRecorded')
      .map((e) => ({ data: e.data as VisitRecorded['data'], at: e.recordedAt }))
      .filter(({ data }) => data && typeof data.visitId === 'string' && typeof data.unitId === 'string' && isCalendarDate(data.date))
      .map(({ data: d, at }) => ({
        visit_id: d.visitId, unit_id: d.unitId, region_id: d.regionId ?? '', supervisor_user_id: d.supervisorId ?? '', kind: d.kind ?? 'routine',
        visit_date: d.date, matters: Array.isArray(d.matters) ? d.matters : [], notes: d.notes ?? '', recorded_at: d.recordedAt ?? at,
        methods: Array.isArray(d.methods) ? d.methods : [], duration_days: typeof d.durationDays === 'number' ? d.durationDays : null,
        on_site_feedback: d.onSiteFeedback ?? '', highlights: d.highlights ?? '', problems: d.problems ?? '', suggestions: d.suggestions ?? '',
        report_due_at: d.reportDueAt ?? null,
      }));
    if (recorded.length) {
      await tx.query(
        `INSERT INTO ${visits} (visit_id, unit_id, unit_name, region_id, zone_id, supervisor_user_id, kind, visit_date, matters, notes, recorded_at, issue_count,
                                methods, duration_days, on_site_feedback, highlights, problems, suggestions, report_due_at)
         SELECT r.visit_id, r.unit_id, u.name, r.region_id, u.zone_id, r.supervisor_user_id, r.kind, r.visit_date, r.matters, r.notes, r.recorded_at,
                (SELECT count(*) FROM ${links} l WHERE l.visit_id = r.visit_id),
                r.methods, r.duration_days, r.on_site_feedback, r.highlights, r.problems, r.suggestions, r.report_due_at
           FROM jsonb_to_recordset($1::jsonb) AS r(visit_id text, unit_id text, region_id text, supervisor_user_id text, kind text, visit_date date,
                matters jsonb, notes text, recorded_at timestamptz, methods jsonb, duration_days numeric, on_site_feedback text, highlights text,
                problems text, suggestions text, report_due_at timestamptz)
           LEFT JOIN registry_units u ON u.id = r.unit_id
         ON CONFLICT (visit_id) DO NOTHING`,
        [JSON.stringify(recorded)],
      );
    }
    // A report follows its visit in the same stream, so the visit's row is there (this batch or an earlier one).
    for (const e of events.filter((x) => x.type === 'VisitReportSubmitted')) {
      const d = e.data as VisitReportSubmitted['data'];
      if (!d || typeof d.visitId !== 'string') continue;
      await tx.query(`UPDATE ${visits} SET report = $2, report_submitted_at = $3, report_late = $4 WHERE visit_id = $1 AND report_submitted_at IS NULL`,
        [d.visitId, d.report ?? '', d.submittedAt ?? e.recordedAt, !!d.late]);
    }
    for (const e of events.filter((x) => x.type === 'VisitReportOverdue')) {
      const d = e.data as { visitId?: string; detectedAt?: string } | null;
      if (d && typeof d.visitId === 'string') await tx.query(`UPDATE ${visits} SET report_overdue_at = $2 WHERE visit_id = $1`, [d.visitId, d.detectedAt ?? e.recordedAt]);
    }
    const found = events
      .filter((e) => e.type === 'IssueRegistered')
      .map((e) => ({ visit_id: (e.data as IssueRegistered['data'])?.source?.visitId, issue_id: e.stream.slice('issue-'.length) }))
      .filter((link): link is { visit_id: string; issue_id: string } => typeof link.visit_id === 'string' && link.visit_id.length > 0);
    for (const link of found) {
      const inserted = await tx.query(`INSERT INTO ${links} (visit_id, issue_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [link.visit_id, link.issue_id]);
      if (inserted.rowCount) await tx.query(`UPDATE ${visits} SET issue_count = issue_count + 1 WHERE visit_id = $1`, [link.visit_id]);
    }
  },
});
