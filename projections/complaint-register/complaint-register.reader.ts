import type { Pool } from 'pg';
import { equalsCondition, scopeConditions, type ReadScope } from '../shared/read-scope';

export interface ComplaintFilter {
  status?: string;
  unitId?: string;
  channel?: string;
  outcome?: string;
  supervisorId?: string;
  overdue?: boolean;
  q?: string;
  /** received on or after / before (ISO instants) */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

const COLUMNS = `c.complaint_id AS "complaintId", c.number, c.channel, c.unit_id AS "unitId", c.unit_name AS "unitName", c.region_id AS "regionId",
  c.zone_id AS "zoneId", c.summary, c.anonymous, c.supervisor_id AS "supervisorId", c.status, c.verify_by AS "verifyBy", c.due_soon AS "dueSoon",
  c.overdue, c.outcome, c.issue_ids AS "issueIds", c.replies, c.received_at AS "receivedAt", c.verified_at AS "verifiedAt",
  c.last_replied_at AS "lastRepliedAt", c.closed_at AS "closedAt", c.version,
  (SELECT s.name FROM registry_supervisors s WHERE s.id = c.supervisor_id) AS "supervisorName"`;

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
function toRow(row: Record<string, unknown>) {
  return { ...row, verifyBy: iso(row.verifyBy), receivedAt: iso(row.receivedAt), verifiedAt: iso(row.verifiedAt), lastRepliedAt: iso(row.lastRepliedAt), closedAt: iso(row.closedAt) };
}
export type ComplaintRow = ReturnType<typeof toRow> & { complaintId: string; number: string | null; status: string; unitId: string; regionId: string };

/** 投诉登记簿: newest first within the caller's scope; never the complainant's name or contact (not stored here). */
export class ComplaintRegisterReader {
  constructor(private readonly pool: Pool) {}

  async list(filter: ComplaintFilter, scope: ReadScope): Promise<{ items: ComplaintRow[]; total: number }> {
    const values: unknown[] = [];
    const where = scopeConditions(scope, values, 'c');
    equalsCondition(where, values, 'c.status', filter.status);
    equalsCondition(where, values, 'c.unit_id', filter.unitId);
    equalsCondition(where, values, 'c.channel', filter.channel);
    equalsCondition(where, values, 'c.outcome', filter.outcome);
    equalsCondition(where, values, 'c.supervisor_id', filter.supervisorId);
    if (filter.overdue !== undefined) where.push(filter.overdue ? 'c.overdue' : 'NOT c.overdue');
    if (filter.q) where.push(`(c.summary ILIKE $${values.push(`%${filter.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`)} OR c.number ILIKE $${values.length} OR c.unit_name ILIKE $${values.length})`);
    if (filter.from) where.push(`c.received_at >= $${values.push(filter.from)}::timestamptz`);
    if (filter.to) where.push(`c.received_at < $${values.push(filter.to)}::timestamptz`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [items, total] = await Promise.all([
      this.pool.query(`SELECT ${COLUMNS} FROM complaint_register c ${clause} ORDER BY c.received_at DESC, c.complaint_id
                        LIMIT $${values.length + 1} OFFSET $${values.length + 2}`, [...values, filter.pageSize, (filter.page - 1) * filter.pageSize]),
      this.pool.query(`SELECT count(*)::int AS n FROM complaint_register c ${clause}`, values),
    ]);
    return { items: items.rows.map(toRow) as ComplaintRow[], total: (total.rows[0] as { n: number }).n };
  }

  /** One complaint with the issues its verification registered, or null when absent or out of scope. */
  async get(complaintId: string, scope: ReadScope) {
    const values: unknown[] = [complaintId];
    const where = ['c.complaint_id = $1', ...scopeConditions(scope, values, 'c')];
    const row = (await this.pool.query(`SELECT ${COLUMNS} FROM complaint_register c WHERE ${where.join(' AND ')}`, values)).rows[0];
    if (!row) return null;
    const issues = await this.pool.query(
      `SELECT s.issue_id AS "issueId", s.state->>'number' AS number, s.title, s.status, s.severity
         FROM issue_summary s WHERE s.issue_id = ANY(SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY s.found_at`,
      [JSON.stringify(row.issueIds ?? [])],
    );
    return { ...(toRow(row) as ComplaintRow), issues: issues.rows };
  }

  /** The public status of a complaint by its tracking code's hash: no names, no summary, no findings. */
  async publicStatus(trackingHash: string) {
    const row = (await this.pool.query(
      `SELECT number, status, channel, outcome, received_at AS "receivedAt", verify_by AS "verifyBy", verified_at AS "verifiedAt",
              last_replied_at AS "lastRepliedAt", closed_at AS "closedAt", unit_name AS "unitName"
         FROM complaint_register WHERE tracking_hash = $1`,
      [trackingHash],
    )).rows[0];
    if (!row) return null;
    return { ...row, receivedAt: iso(row.receivedAt), verifyBy: iso(row.verifyBy), verifiedAt: iso(row.verifiedAt), lastRepliedAt: iso(row.lastRepliedAt), closedAt: iso(row.closedAt) };
  }

  /** Unverified complaints whose reminder or overdue mark is due at `now` (for the complaint clock). */
  async dueForClock(now: string, dueSoonFrom: (verifyBy: string) => string, limit = 500): Promise<Array<{ complaintId: string; kind: 'due_soon' | 'overdue' }>> {
    const rows = await this.pool.query(
      `SELECT complaint_id AS "complaintId", verify_by AS "verifyBy", due_soon AS "dueSoon", overdue FROM complaint_register
        WHERE status IN ('received', 'assigned') AND NOT overdue AND verify_by < $1::timestamptz + interval '30 days' ORDER BY verify_by LIMIT $2`,
      [now, limit],
    );
    const at = Date.parse(now);
    const due: Array<{ complaintId: string; kind: 'due_soon' | 'overdue' }> = [];
    for (const r of rows.rows as Array<{ complaintId: string; verifyBy: Date; dueSoon: boolean }>) {
      const verifyBy = new Date(r.verifyBy).toISOString();
      if (at > Date.parse(verifyBy)) due.push({ complaintId: r.complaintId, kind: 'overdue' });
      else if (!r.dueSoon && at >= Date.parse(dueSoonFrom(verifyBy))) due.push({ complaintId: r.complaintId, kind: 'due_soon' });
    }
    return due;
  }
}
