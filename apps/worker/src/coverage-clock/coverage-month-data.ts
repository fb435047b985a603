import type { Pool } from 'pg';
import type { CoverageAssignment, CoverageVisit } from '@app/domain';

/** Every responsibility supervisor × assigned school from the registry, with the school's region and zone (for scope). */
export async function loadAssignments(pool: Pool): Promise<CoverageAssignment[]> {
  const result = await pool.query(
    `SELECT s.id AS "supervisorId", s.name AS "supervisorName", a.unit_id AS "unitId", un.name AS "unitName",
            un.region_id AS "regionId", un.zone_id AS "zoneId"
       FROM registry_supervisors s CROSS JOIN LATERAL unnest(s.assigned_unit_ids) AS a(unit_id)
       JOIN registry_units un ON un.id = a.unit_id
      ORDER BY s.id, a.unit_id`,
  );
  return result.rows as CoverageAssignment[];
}

/** Who visited which school in the month, from the visit-coverage read model (visits record the user; the registry maps it). */
export async function loadMonthVisits(pool: Pool, month: string): Promise<CoverageVisit[]> {
  const result = await pool.query(
    `SELECT DISTINCT ru.supervisor_id AS "supervisorId", v.unit_id AS "unitId"
       FROM visit_coverage_visits v LEFT JOIN registry_users ru ON ru.id = v.supervisor_user_id
      WHERE v.month = $1`,
    [month],
  );
  return result.rows as CoverageVisit[];
}
