import type { Pool } from 'pg';

export interface SchoolRectificationRow {
  unitId: string;
  unitName: string;
  regionName: string | null;
  found: number;
  rectified: number;
  overdue: number;
  closed: number;
}

/**
 * 向社会公布整改情况: per school, the issues found in a period (months, Asia/Shanghai) and how many were rectified
 * (a recheck passed), went overdue and were closed. Counts only — no persons, no texts. Read from the maintained
 * unit × month counters (bounded by schools × months, whatever the number of issues); withdrawn issues do not count.
 */
export class PublicRectificationReader {
  constructor(private readonly pool: Pool) {}

  async bySchool(period: { fromMonth: string; toMonth: string }, page: number, pageSize: number): Promise<{ items: SchoolRectificationRow[]; total: number }> {
    const grouped = `SELECT m.unit_id, sum(m.n_total - m.n_withdrawn)::int AS found, sum(m.n_rectified + m.n_closed)::int AS rectified,
                            sum(m.n_overdue)::int AS overdue, sum(m.n_closed)::int AS closed
                       FROM issue_aggregation_monthly m WHERE m.found_month BETWEEN $1 AND $2
                      GROUP BY m.unit_id HAVING sum(m.n_total - m.n_withdrawn) > 0`;
    const [items, total] = await Promise.all([
      this.pool.query(
        `SELECT g.unit_id AS "unitId", u.name AS "unitName", r.name AS "regionName", g.found, g.rectified, g.overdue, g.closed
           FROM (${grouped}) g JOIN registry_units u ON u.id = g.unit_id LEFT JOIN registry_regions r ON r.id = u.region_id
          ORDER BY r.name, u.code, u.name LIMIT $3 OFFSET $4`,
        [period.fromMonth, period.toMonth, pageSize, (page - 1) * pageSize],
      ),
      this.pool.query(`SELECT count(*)::int AS n FROM (${grouped}) g`, [period.fromMonth, period.toMonth]),
    ]);
    return { items: items.rows as SchoolRectificationRow[], total: (total.rows[0] as { n: number }).n };
  }
}
