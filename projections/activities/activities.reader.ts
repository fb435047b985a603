import type { Pool } from 'pg';
import type { ReadScope } from '../shared/read-scope';
import { equalsCondition } from '../shared/read-scope';

export interface ActivityFilter {
  kind?: string;
  stage?: string;
  unitId?: string;
  page: number;
  pageSize: number;
}

const COLUMNS = `a.activity_id AS "activityId", a.number, a.region_id AS "regionId", a.kind, a.title, a.status, a.stage,
  to_char(a.from_date, 'YYYY-MM-DD') AS "from", to_char(a.to_date, 'YYYY-MM-DD') AS "to", a.target_unit_ids AS "targetUnitIds",
  a.member_supervisor_ids AS "memberSupervisorIds", a.published_scope AS "publishedScope", a.published_at AS "publishedAt",
  a.planned_at AS "plannedAt", a.version`;

/** Region roles see their regions; supervisors and units the activities touching their schools, members their own. */
function scoped(scope: ReadScope, values: unknown[], supervisorId: string | null): string[] {
  const where: string[] = [];
  if (scope.regionIds) {
    values.push(scope.regionIds);
    where.push(`a.region_id = ANY($${values.length}::text[])`);
  }
  if (scope.unitIds) {
    values.push(scope.unitIds);
    const touches = `a.target_unit_ids && $${values.length}::text[]`;
    if (supervisorId) {
      values.push(supervisorId);
      where.push(`(${touches} OR $${values.length} = ANY(a.member_supervisor_ids))`);
    } else where.push(touches);
  }
  return where;
}

export class ActivitiesReader {
  constructor(private readonly pool: Pool) {}

  async list(filter: ActivityFilter, scope: ReadScope, supervisorId: string | null) {
    const values: unknown[] = [];
    const where = scoped(scope, values, supervisorId);
    equalsCondition(where, values, 'a.kind', filter.kind);
    equalsCondition(where, values, 'a.stage', filter.stage);
    if (filter.unitId) {
      values.push(filter.unitId);
      where.push(`$${values.length} = ANY(a.target_unit_ids)`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [items, total] = await Promise.all([
      this.pool.query(`SELECT ${COLUMNS} FROM activity_list a ${clause} ORDER BY a.from_date DESC, a.planned_at DESC, a.activity_id
                        LIMIT $${values.length + 1} OFFSET $${values.length + 2}`, [...values, filter.pageSize, (filter.page - 1) * filter.pageSize]),
      this.pool.query(`SELECT count(*)::int AS n FROM activity_list a ${clause}`, values),
    ]);
    return { items: items.rows, total: (total.rows[0] as { n: number }).n };
  }

  /** One activity with its folded state, or null when absent or out of scope; a school sees only its own part. */
  async get(activityId: string, scope: ReadScope, supervisorId: string | null, ownUnitOnly: boolean) {
    const values: unknown[] = [activityId];
    const where = ['a.activity_id = $1', ...scoped(scope, values, supervisorId)];
    const row = (await this.pool.query(`SELECT ${COLUMNS}, a.state FROM activity_list a WHERE ${where.join(' AND ')}`, values)).rows[0];
    if (!row) return null;
    if (ownUnitOnly && scope.unitIds) {
      const units = Object.fromEntries(Object.entries(row.state.units ?? {}).filter(([unitId]) => scope.unitIds!.includes(unitId)));
      row.state = { ...row.state, units, summaries: {} };
    }
    return row;
  }

  /** An activity whose reports were published to the public (for its schools' report documents), or null. */
  async getPublic(activityId: string) {
    const row = (await this.pool.query(`SELECT ${COLUMNS}, a.state FROM activity_list a WHERE a.activity_id = $1 AND a.published_scope = 'public'`, [activityId])).rows[0];
    return row ?? null;
  }

  /**
   * 向社会公布: the activities whose reports were published to the public, newest first — each school's report and
   * the opinion letter's number, and nothing about persons (no team, no findings by member).
   */
  async listPublic(page: number, pageSize: number) {
    const [rows, total] = await Promise.all([
      this.pool.query(
        `SELECT a.activity_id AS "activityId", a.number, a.kind, a.title, to_char(a.from_date, 'YYYY-MM-DD') AS "from", to_char(a.to_date, 'YYYY-MM-DD') AS "to",
                a.published_at AS "publishedAt", a.target_unit_ids AS "targetUnitIds", a.state->'units' AS units
           FROM activity_list a WHERE a.published_scope = 'public' ORDER BY a.published_at DESC, a.activity_id LIMIT $1 OFFSET $2`,
        [pageSize, (page - 1) * pageSize],
      ),
      this.pool.query(`SELECT count(*)::int AS n FROM activity_list a WHERE a.published_scope = 'public'`),
    ]);
    const items = rows.rows.map(({ units, targetUnitIds, ...row }) => ({
      ...row,
      reports: (targetUnitIds as string[]).map((unitId) => ({
        unitId,
        letterNumber: units?.[unitId]?.letter?.letterNumber ?? null,
        report: units?.[unitId]?.report?.report ?? '',
      })),
    }));
    return { items, total: (total.rows[0] as { n: number }).n };
  }
}
