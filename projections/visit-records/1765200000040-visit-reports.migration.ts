import type { MigrationInterface, QueryRunner } from 'typeorm';
import { alterProjectionTable, projectionGenerations } from '../shared/add-projection-table.migration-helper';
import { physicalTable } from '../projection';

/** The visit report (DESIGN §3.5): when it is due, when it came and whether late — for the list's "report overdue". */
export class VisitReports1765200000040 implements MigrationInterface {
  name = 'VisitReports1765200000040';

  async up(q: QueryRunner): Promise<void> {
    await alterProjectionTable(q, 'visit-records', 'visit_records', [
      `ALTER TABLE %T ADD COLUMN report_due_at timestamptz, ADD COLUMN report_submitted_at timestamptz, ADD COLUMN report_late boolean, ADD COLUMN report text,
         ADD COLUMN report_overdue_at timestamptz`,
      `CREATE INDEX %T_report_due ON %T (report_due_at) WHERE report_submitted_at IS NULL`,
    ]);
    const { live } = await projectionGenerations(q, 'visit-records');
    await q.query(`CREATE OR REPLACE VIEW visit_records AS SELECT * FROM ${physicalTable('visit_records', live)}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const { live, all } = await projectionGenerations(q, 'visit-records');
    await q.query(`DROP VIEW IF EXISTS visit_records`);
    for (const generation of all) {
      await q.query(`ALTER TABLE ${physicalTable('visit_records', generation)} DROP COLUMN report_due_at, DROP COLUMN report_submitted_at, DROP COLUMN report_late, DROP COLUMN report, DROP COLUMN report_overdue_at`);
    }
    await q.query(`CREATE VIEW visit_records AS SELECT * FROM ${physicalTable('visit_records', live)}`);
  }
}
