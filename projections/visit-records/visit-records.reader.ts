import type { Pool } from 'pg';
import { equalsCondition, scopeConditions, type ReadScope } from '../shared/read-scope';

export interface VisitFilter {
  unitId?: string;
  supervisorUserId?: string;
  kind?: string;
  month?: string;
  /** only visits whose report is past due and not submitted, at `now` */
  reportOverdue?: boolean;
  now?: string;
  page: number;
  pageSize: number;
}

const COLUMNS = `v.visit_id AS "visitId", v.unit_id AS "unitId", v.unit_name AS "unitName", v.region_id AS "regionId", v.zone_id AS "zoneId",
  v.supervisor_user_id AS "supervisorUserId", v.kind, to_char(v.visit_date, 'YYYY-MM-DD') AS date, v.matters, v.notes,
  v.recorded_at AS "recordedAt", v.issue_count AS "issueCount", v.methods, v.duration_days::float AS "durationDays",
  v.on_site_feedback AS "onSiteFeedback", v.highlights, v.problems, v.suggestions,
  v.report_due_at AS "reportDueAt", v.report_submitted_at AS "reportSubmittedAt", v.report_late AS "reportLate", v.report`;

export class VisitRecordsReader {
  constructor(private readonly pool: Pool) {}

  /** Newest visit first, within the caller's scope. */
  async list(filter: VisitFilter, scope: ReadScope) {
    const values: unknown[] = [];
    const where = scopeConditions(scope, values, 'v');
    equalsCondition(where, values, 'v.unit_id', filter.unitId);
    equalsCondition(where, values, 'v.supervisor_user_id', filter.supervisorUserId);
    equalsCondition(where, values, 'v.kind', filter.kind);
    if (filter.month) {
      values.push(`${filter.month}-01`);
      where.push(`v.visit_date >= $${values.length}::date AND v.visit_date < ($${values.length}::date + interval '1 month')`);
    }
    if (filter.reportOverdue) {
      values.push(filter.now ?? new Date().toISOString());
      where.push(`v.report_submitted_at IS NULL AND v.report_due_at < $${values.length}::timestamptz`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [items, total] = await Promise.all([
      this.pool.query(`SELECT ${COLUMNS} FROM visit_records v ${clause} ORDER BY v.visit_date DESC, v.recorded_at DESC, v.visit_id
                        LIMIT $${values.length + 1} OFFSET $${values.length + 2}`, [...values, filter.pageSize, (filter.page - 1) * filter.pageSize]),
      this.pool.query(`SELECT count(*)::int AS n FROM visit_records v ${clause}`, values),
    ]);
    return { items: items.rows, total: (total.rows[0] as { n: number }).n };
  }

  /** One visit with the issues registered from it, or null when absent or out of scope. */
  async get(visitId: string, scope: ReadScope) {
    const values: unknown[] = [visitId];
    const where = ['v.visit_id = $1', ...scopeConditions(scope, values, 'v')];
    const visit = (await this.pool.query(`SELECT ${COLUMNS} FROM visit_records v WHERE ${where.join(' AND ')}`, values)).rows[0];
    if (!visit) return null;
    const issues = await this.pool.query(
      `SELECT s.issue_id AS "issueId", s.state->>'number' AS number, s.title, s.status, s.severity
         FROM visit_issues l JOIN issue_summary s ON s.issue_id = l.issue_id WHERE l.visit_id = $1 ORDER BY s.found_at`,
      [visitId],
    );
    return { ...visit, issues: issues.rows };
  }
}
