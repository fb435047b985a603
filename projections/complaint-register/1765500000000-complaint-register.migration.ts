import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TO_DO_TABLE_DDL } from '../inbox/to-do-table';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/**
 * 投诉登记簿 (DESIGN §3.9): every complaint as the register, the public status page and the complaint clock read it,
 * with its folded state; and the complaints' to-dos for the inbox. Never the complainant's name or contact.
 */
export class ComplaintRegister1765500000000 implements MigrationInterface {
  name = 'ComplaintRegister1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'complaint_register', [
      `CREATE TABLE %T (
        complaint_id text PRIMARY KEY,
        number text,
        channel text NOT NULL,
        unit_id text NOT NULL,
        unit_name text,
        region_id text NOT NULL,
        zone_id text,
        summary text NOT NULL,
        anonymous boolean NOT NULL,
        supervisor_id text,
        status text NOT NULL,
        verify_by timestamptz NOT NULL,
        due_soon boolean NOT NULL DEFAULT false,
        overdue boolean NOT NULL DEFAULT false,
        outcome text,
        issue_ids jsonb NOT NULL DEFAULT '[]',
        replies integer NOT NULL DEFAULT 0,
        received_at timestamptz NOT NULL,
        verified_at timestamptz,
        last_replied_at timestamptz,
        closed_at timestamptz,
        tracking_hash text,
        version integer NOT NULL,
        state jsonb NOT NULL
      )`,
      `CREATE INDEX %T_region ON %T (region_id, received_at DESC, complaint_id)`,
      `CREATE INDEX %T_unit ON %T (unit_id, received_at DESC, complaint_id)`,
      `CREATE INDEX %T_open ON %T (verify_by) WHERE status IN ('received', 'assigned')`,
      `CREATE UNIQUE INDEX %T_tracking ON %T (tracking_hash) WHERE tracking_hash IS NOT NULL`,
    ]);
    await createProjectionTable(q, 'complaint_to_dos', TO_DO_TABLE_DDL);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'complaint_to_dos');
    await dropProjectionTable(q, 'complaint_register');
  }
}
