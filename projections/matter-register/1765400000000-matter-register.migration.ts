import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/** 督查事项 register (DESIGN §3.10): one row per matter, filtered by status, tier, unit and overdue, paged and exported. */
export class MatterRegister1765400000000 implements MigrationInterface {
  name = 'MatterRegister1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'matter_register', [
      `CREATE TABLE %T (
        matter_id text PRIMARY KEY,
        version integer NOT NULL,
        state jsonb NOT NULL,
        number text,
        title text NOT NULL,
        tier text NOT NULL,
        source_kind text NOT NULL,
        status text NOT NULL,
        region_id text NOT NULL,
        unit_id text,
        unit_ids text[] NOT NULL DEFAULT '{}',
        due_at timestamptz,
        overdue boolean NOT NULL DEFAULT false,
        pending_extension boolean NOT NULL DEFAULT false,
        reminder_level text,
        registered_at timestamptz NOT NULL,
        last_submitted_at timestamptz,
        late boolean NOT NULL DEFAULT false,
        returns integer NOT NULL DEFAULT 0,
        closed_at timestamptz
      )`,
      `CREATE INDEX %T_region ON %T (region_id, registered_at DESC, matter_id)`,
      `CREATE INDEX %T_units ON %T USING gin (unit_ids)`,
      `CREATE INDEX %T_due ON %T (due_at) WHERE status IN ('assigned', 'returned')`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'matter_register');
  }
}
