import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/** Each supervisor's duties as recorded on `supervisor-<id>`: appointments, training, conflicts, appraisals. */
export class SupervisorDuties1765200000030 implements MigrationInterface {
  name = 'SupervisorDuties1765200000030';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'supervisor_duties', [
      `CREATE TABLE %T (supervisor_id text PRIMARY KEY, region_id text NOT NULL, version integer NOT NULL, state jsonb NOT NULL)`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'supervisor_duties');
  }
}
