import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A unit's superior department (主管部门, e.g. the county education bureau of a school): accountability may target
 * the unit or a department up this chain (DESIGN §3.2 AccountabilityDecided).
 */
export class UnitSuperiorDepartment1764100000100 implements MigrationInterface {
  name = 'UnitSuperiorDepartment1764100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE registry_units ADD COLUMN parent_unit_id text REFERENCES registry_units(id)`);
    await q.query(`CREATE INDEX registry_units_parent ON registry_units (parent_unit_id) WHERE parent_unit_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE registry_units DROP COLUMN parent_unit_id`);
  }
}
