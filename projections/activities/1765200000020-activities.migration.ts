import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/** Supervision activities as people look them up (GET /activities, /activities/:id): a few columns and the folded state. */
export class Activities1765200000020 implements MigrationInterface {
  name = 'Activities1765200000020';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'activity_list', [
      `CREATE TABLE %T (
        activity_id text PRIMARY KEY,
        number text,
        region_id text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        status text NOT NULL,
        stage text NOT NULL,
        from_date date NOT NULL,
        to_date date NOT NULL,
        target_unit_ids text[] NOT NULL,
        member_supervisor_ids text[] NOT NULL DEFAULT '{}',
        published_scope text,
        published_at timestamptz,
        planned_at timestamptz NOT NULL,
        version integer NOT NULL,
        state jsonb NOT NULL
      )`,
      `CREATE INDEX %T_region ON %T (region_id, from_date DESC, activity_id)`,
      `CREATE INDEX %T_targets ON %T USING gin (target_unit_ids)`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'activity_list');
  }
}
