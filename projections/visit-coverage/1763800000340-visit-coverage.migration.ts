import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/** Every recorded visit with its month, for monthly responsibility-supervision coverage (≥ 1 visit per school). */
export class VisitCoverage1763800000340 implements MigrationInterface {
  name = 'VisitCoverage1763800000340';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'visit_coverage_visits', [
      `CREATE TABLE %T (
        visit_id text PRIMARY KEY,
        unit_id text NOT NULL,
        region_id text NOT NULL,
        supervisor_user_id text NOT NULL,
        kind text NOT NULL,
        visit_date date NOT NULL,
        month text NOT NULL
      )`,
      `CREATE INDEX %T_month ON %T (month, unit_id)`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'visit_coverage_visits');
  }
}
