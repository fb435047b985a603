import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/** The accountability register (DESIGN §3.10): one row per case with its stage, next statutory date and decision. */
export class AccountabilityRegister1765300000001 implements MigrationInterface {
  name = 'AccountabilityRegister1765300000001';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'accountability_cases', [
      `CREATE TABLE %T (
        case_id text PRIMARY KEY,
        number text,
        region_id text NOT NULL,
        unit_id text,
        unit_name text,
        subject_unit_ids text[] NOT NULL,
        unit_subjects integer NOT NULL,
        person_subjects integer NOT NULL,
        issue_ids text[] NOT NULL,
        stage text NOT NULL,
        opened_at timestamptz NOT NULL,
        next_clock text,
        next_due_at timestamptz,
        missed_windows integer NOT NULL DEFAULT 0,
        decided_at timestamptz,
        decision_year integer,
        doc_number text,
        measures text[] NOT NULL DEFAULT '{}',
        aggravated boolean NOT NULL DEFAULT false,
        version integer NOT NULL,
        state jsonb NOT NULL
      )`,
      `CREATE INDEX %T_region ON %T (region_id, opened_at DESC, case_id)`,
      `CREATE INDEX %T_subjects ON %T USING gin (subject_unit_ids)`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'accountability_cases');
  }
}
