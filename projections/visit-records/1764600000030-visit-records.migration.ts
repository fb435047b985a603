import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/** Every recorded visit as people look it up again (GET /visits, /visits/:id), and the issues registered from it. */
export class VisitRecords1764600000030 implements MigrationInterface {
  name = 'VisitRecords1764600000030';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'visit_records', [
      `CREATE TABLE %T (
        visit_id text PRIMARY KEY,
        unit_id text NOT NULL,
        unit_name text,
        region_id text NOT NULL,
        zone_id text,
        supervisor_user_id text NOT NULL,
        kind text NOT NULL,
        visit_date date NOT NULL,
        matters jsonb NOT NULL,
        notes text NOT NULL,
        recorded_at timestamptz NOT NULL,
        issue_count integer NOT NULL DEFAULT 0
      )`,
      `CREATE INDEX %T_region ON %T (region_id, visit_date DESC, visit_id)`,
      `CREATE INDEX %T_unit ON %T (unit_id, visit_date DESC, visit_id)`,
    ]);
    await createProjectionTable(q, 'visit_issues', [
      `CREATE TABLE %T (visit_id text NOT NULL, issue_id text NOT NULL, PRIMARY KEY (visit_id, issue_id))`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'visit_issues');
    await dropProjectionTable(q, 'visit_records');
  }
}
