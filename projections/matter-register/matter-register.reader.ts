import type { Pool } from 'pg';
import { equalsCondition, type ReadScope } from '../shared/read-scope';

export interface MatterFilter {
  status?: string;
  tier?: string;
  /** a handling unit (lead or assisting) */
  unitId?: string;
  overdue?: boolean;
  q?: string;
  page: number;
  pageSize: number;
}

/**
 * Past due is decided at read time from the due date, like the decider does (the clock only records it earlier):
 * being handled, past the due date in force, no extension request pending — or recorded overdue.
 */
const PAST_DUE = (now: string) => `(m.overdue OR (m.status IN ('assigned', 'returned') AND NOT m.pending_extension AND m.due_at < '${now}'::timestamptz))`;

const columns = (now: string) => `m.matter_id AS "matterId", m.number, m.title, m.tier, m.source_kind AS "sourceKind", m.status, m.region_id AS "regionId",
  m.unit_id AS "unitId", m.unit_ids AS "unitIds", m.due_at AS "dueAt", ${PAST_DUE(now)} AS overdue, m.pending_extension AS "pendingExtension",
  m.reminder_level AS "reminderLevel", m.registered_at AS "registeredAt", m.last_submitted_at AS "lastSubmittedAt", m.late, m.returns,
  m.closed_at AS "closedAt"`;

export class MatterRegisterReader {
  constructor(private readonly pool: Pool) {}

  /** Newest first, within the caller's scope (a unit sees the matters it leads or assists). */
  async list(filter: MatterFilter, scope: ReadScope, now: string) {
    const instant = new Date(Date.parse(now)).toISOString();
    const values: unknown[] = [];
    const where: string[] = [];
    if (scope.regionIds) where.push(`m.region_id = ANY($${values.push(scope.regionIds)}::text[])`);
    if (scope.unitIds) where.push(`m.unit_ids && $${values.push(scope.unitIds)}::text[]`);
    equalsCondition(where, values, 'm.status', filter.status);
    equalsCondition(where, values, 'm.tier', filter.tier);
    if (filter.unitId) where.push(`$${values.push(filter.unitId)} = ANY(m.unit_ids)`);
    if (filter.overdue !== undefined) where.push(filter.overdue ? PAST_DUE(instant) : `NOT ${PAST_DUE(instant)}`);
    if (filter.q) where.push(`(m.title ILIKE $${values.push(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} OR m.number = $${values.push(filter.q)})`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [items, total] = await Promise.all([
      this.pool.query(`SELECT ${columns(instant)} FROM matter_register m ${clause} ORDER BY m.registered_at DESC, m.matter_id
                        LIMIT $${values.length + 1} OFFSET $${values.length + 2}`, [...values, filter.pageSize, (filter.page - 1) * filter.pageSize]),
      this.pool.query(`SELECT count(*)::int AS n FROM matter_register m ${clause}`, values),
    ]);
    const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
    const rows = (items.rows as Record<string, unknown>[]).map((r) => ({
      ...r, dueAt: iso(r.dueAt), registeredAt: iso(r.registeredAt), lastSubmittedAt: iso(r.lastSubmittedAt), closedAt: iso(r.closedAt),
    }));
    return { items: rows, total: (total.rows[0] as { n: number }).n };
  }

  /**
   * The year's matters by lead unit, for annual assessment: closed on time, closed late (the accepted result came after
   * the due date in force), times sent back, and still open past due. The year is the Shanghai year of registration.
   */
  async summaryByUnit(year: number, scope: ReadScope, now: string, page: number, pageSize: number) {
    const instant = new Date(Date.parse(now)).toISOString();
    const values: unknown[] = [year];
    const where = [`m.unit_id IS NOT NULL`, `extract(year FROM m.registered_at AT TIME ZONE 'Asia/Shanghai') = $1`];
    if (scope.regionIds) where.push(`m.region_id = ANY($${values.push(scope.regionIds)}::text[])`);
    if (scope.unitIds) where.push(`m.unit_id = ANY($${values.push(scope.unitIds)}::text[])`);
    const grouped = `SELECT m.unit_id AS "unitId", count(*)::int AS matters,
        count(*) FILTER (WHERE m.status = 'closed' AND NOT m.late)::int AS "onTime",
        count(*) FILTER (WHERE m.status = 'closed' AND m.late)::int AS late,
        coalesce(sum(m.returns), 0)::int AS returned,
        count(*) FILTER (WHERE m.status <> 'closed' AND ${PAST_DUE(instant)})::int AS "overdueOpen"
      FROM matter_register m WHERE ${where.join(' AND ')} GROUP BY m.unit_id`;
    const [items, total] = await Promise.all([
      this.pool.query(`${grouped} ORDER BY m.unit_id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`, [...values, pageSize, (page - 1) * pageSize]),
      this.pool.query(`SELECT count(*)::int AS n FROM (${grouped}) g`, values),
    ]);
    return { items: items.rows, total: (total.rows[0] as { n: number }).n };
  }

  /** Matters the clock should look at: being handled and past due, not yet recorded overdue or not yet at `supervise`. */
  async dueForClock(now: string, limit = 500): Promise<Array<{ matterId: string; dueAt: string; overdue: boolean; reminderLevel: string | null }>> {
    const rows = await this.pool.query(
      `SELECT matter_id AS "matterId", due_at AS "dueAt", overdue, reminder_level AS "reminderLevel" FROM matter_register
        WHERE status IN ('assigned', 'returned') AND NOT pending_extension AND due_at < $1::timestamptz
          AND (NOT overdue OR reminder_level IS DISTINCT FROM 'supervise') ORDER BY due_at LIMIT $2`,
      [now, limit],
    );
    return (rows.rows as Array<{ matterId: string; dueAt: Date; overdue: boolean; reminderLevel: string | null }>).map((r) => ({ ...r, dueAt: new Date(r.dueAt).toISOString() }));
  }
}
