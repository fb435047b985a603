import type { Pool } from 'pg';
import { scopeConditions, type ReadScope } from '../shared/read-scope';

export interface CoverageRow {
  supervisorId: string; supervisorName: string; zoneId: string | null; regionId: string; unitId: string; unitName: string | null;
  visits: number; visitsByAnyone: number; met: boolean;
}

/**
 * From the visits counted per month × school × supervisor (visit_coverage_counts), so a month costs the registry's
 * pairs, not the visits recorded. Per responsibility supervisor × assigned school: that supervisor's visits in the month (rule: ≥ 1), and the
 * schools nobody visited. Visits record the supervisor's user id; the registry maps it to the supervisor.
 */
export class CoverageReader {
  constructor(private readonly pool: Pool) {}

  /** The (school, responsibility supervisor, month) triples with at least one visit among `months`: "unitId|supervisorId|month". */
  async visitedPairMonths(months: string[]): Promise<Set<string>> {
    if (!months.length) return new Set();
    // From the registry's assigned pairs, one primary-key probe per pair × month (LATERAL … LIMIT 1 keeps the planner
    // from hashing every counter row of the months: 56 ms at a million issues against 5 ms this way).
    const rows = await this.pool.query<{ key: string }>(
      `SELECT DISTINCT a.unit_id || '|' || s.id || '|' || m.month AS key
         FROM registry_supervisors s CROSS JOIN LATERAL unnest(s.assigned_unit_ids) AS a(unit_id)
         JOIN registry_users ru ON ru.supervisor_id = s.id
         CROSS JOIN unnest($1::text[]) AS m(month)
         JOIN LATERAL (SELECT 1 FROM visit_coverage_counts v
                        WHERE v.month = m.month AND v.unit_id = a.unit_id AND v.supervisor_user_id = ru.id AND v.n > 0 LIMIT 1) AS hit ON true`,
      [[...new Set(months)]],
    );
    return new Set(rows.rows.map((row) => row.key));
  }

  async month(month: string, scope: ReadScope) {
    const values: unknown[] = [month];
    const unitScope = scopeConditions(scope, values, 'un');
    const scoped = unitScope.length ? `AND ${unitScope.join(' AND ')}` : '';
    const rows = await this.pool.query(
      `WITH assigned AS (
         SELECT s.id AS supervisor_id, s.name AS supervisor_name, s.zone_id, a.unit_id
           FROM registry_supervisors s CROSS JOIN LATERAL unnest(s.assigned_unit_ids) AS a(unit_id)),
       visits AS (
         SELECT v.unit_id, ru.supervisor_id, sum(v.n)::int AS n
           FROM visit_coverage_counts v LEFT JOIN registry_users ru ON ru.id = v.supervisor_user_id
          WHERE v.month = $1 GROUP BY v.unit_id, ru.supervisor_id),
       by_unit AS (SELECT unit_id, sum(n)::int AS n FROM visits GROUP BY unit_id)
       SELECT a.supervisor_id AS "supervisorId", a.supervisor_name AS "supervisorName", a.zone_id AS "zoneId", un.region_id AS "regionId", a.unit_id AS "unitId",
              un.name AS "unitName", coalesce(mine.n, 0) AS visits,
              coalesce(anyone.n, 0)::int AS "visitsByAnyone"
         FROM assigned a JOIN registry_units un ON un.id = a.unit_id
         LEFT JOIN visits mine ON mine.unit_id = a.unit_id AND mine.supervisor_id = a.supervisor_id
         LEFT JOIN by_unit anyone ON anyone.unit_id = a.unit_id
        WHERE true ${scoped.replace(/un\.unit_id/g, 'un.id')}
        ORDER BY a.supervisor_id, a.unit_id`,
      values,
    );
    const items = (rows.rows as Omit<CoverageRow, 'met'>[]).map((row) => ({ ...row, met: row.visits >= 1 }));
    const unvisited = new Map<string, { unitId: string; unitName: string | null }>();
    for (const row of items) if (row.visitsByAnyone === 0) unvisited.set(row.unitId, { unitId: row.unitId, unitName: row.unitName });
    return {
      month,
      items,
      metCount: items.filter((row) => row.met).length,
      pairs: items.length,
      schoolsWithoutVisits: [...unvisited.values()],
    };
  }
}
