import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TO_DO_TABLE_DDL } from '../inbox/to-do-table';
import { addProjectionTable, dropAddedProjectionTable } from '../shared/add-projection-table.migration-helper';

/** 问责案件 to-dos for the inbox (issue #15): each open case's next step, kept by the accountability register. */
export class CaseToDos1765600000020 implements MigrationInterface {
  name = 'CaseToDos1765600000020';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionTable(q, 'accountability-register', 'case_to_dos', TO_DO_TABLE_DDL);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAddedProjectionTable(q, 'case_to_dos');
  }
}
