import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionTable, dropAddedProjectionTable } from '../shared/add-projection-table.migration-helper';

/** 问责案件 to-dos for the inbox (issue #15): each open case's next step, kept by the accountability register. */
export class CaseToDos1765600000020 implements MigrationInterface {
  name = 'CaseToDos1765600000020';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionTable(q, 'accountability-register', 'case_to_dos', [
      `CREATE TABLE %T (
        audience text NOT NULL,
        kind text NOT NULL,
        subject_id text NOT NULL,
        unit_id text NOT NULL,
        region_id text NOT NULL,
        number text,
        title text NOT NULL,
        severity text,
        due_at timestamptz,
        since timestamptz NOT NULL,
        PRIMARY KEY (audience, kind, subject_id)
      )`,
      `CREATE INDEX %T_subject ON %T (subject_id)`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAddedProjectionTable(q, 'case_to_dos');
  }
}
