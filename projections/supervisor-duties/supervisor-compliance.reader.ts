import type { Pool } from 'pg';

/** Which supervisors a caller may read: the office its regions, a supervisor themselves (and a zone leader the zone). */
export interface SupervisorScope {
  regionIds?: string[];
  supervisorIds?: string[];
  zoneIds?: string[];
}

export interface ComplianceWindow {
  /** the counted months of the school year that have ended (each assigned school needs a visit in each) */
  endedCountedMonths: string[];
  /** every month of the school year so far */
  schoolYearMonths: string[];
}

/**
 * The supervisor compliance read model (DESIGN §3.10) for the leader: per supervisor, the school-year's counted
 * months met per assigned school, visits so far, and the recorded duties (training, conflicts, appraisals).
 */
export class SupervisorComplianceReader {
  constructor(private readonly pool: Pool) {}

  async list(scope: SupervisorScope, window: ComplianceWindow, page: number, pageSize: number, supervisorId?: string) {
    const values: unknown[] = [window.endedCountedMonths, window.schoolYearMonths];
    const where: string[] = [];
    if (scope.regionIds) {
      values.push(scope.regionIds);
      where.push(`s.region_id = ANY($${values.length}::text[])`);
    }
    if (scope.supervisorIds || scope.zoneIds) {
      values.push(scope.supervisorIds ?? [], scope.zoneIds ?? []);
      where.push(`(s.id = ANY($${values.length - 1}::text[]) OR s.zone_id = ANY($${values.length}::text[]))`);
    }
    if (supervisorId) {
      values.push(supervisorId);
      where.push(`s.id = $${values.length}`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const sql = `
      WITH s AS (SELECT * FROM registry_supervisors s ${clause}),
      users AS (SELECT id AS user_id, supervisor_id FROM registry_users WHERE supervisor_id IS NOT NULL),
      mine AS (
        SELECT users.supervisor_id, c.month, c.unit_id, c.n FROM visit_coverage_counts c JOIN users ON users.user_id = c.supervisor_user_id
         WHERE c.month = ANY($2::text[]))
      SELECT s.id AS "supervisorId", s.name, s.kind, s.zone_id AS "zoneId", s.region_id AS "regionId", s.assigned_unit_ids AS "assignedUnitIds",
             (SELECT count(DISTINCT (m.month, m.unit_id))::int FROM mine m WHERE m.supervisor_id = s.id AND m.month = ANY($1::text[]) AND m.unit_id = ANY(s.assigned_unit_ids)) AS "metSchoolMonths",
             (cardinality(s.assigned_unit_ids) * cardinality($1::text[]))::int AS "requiredSchoolMonths",
             (SELECT coalesce(sum(m.n), 0)::int FROM mine m WHERE m.supervisor_id = s.id) AS "visitsThisSchoolYear",
             d.state AS duties
        FROM s LEFT JOIN supervisor_duties d ON d.supervisor_id = s.id
       ORDER BY s.id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`;
    const [items, total] = await Promise.all([
      this.pool.query(sql, [...values, pageSize, (page - 1) * pageSize]),
      // the same parameters: the month lists are typed (and unused) so that the numbering of the scope's stays the same
      this.pool.query(`SELECT count(*)::int AS n, max(cardinality($1::text[]) + cardinality($2::text[])) AS _ FROM registry_supervisors s ${clause}`, values),
    ]);
    return { items: items.rows, total: (total.rows[0] as { n: number }).n };
  }
}
