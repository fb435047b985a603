import type { MigrationInterface, QueryRunner } from 'typeorm';
import { alterProjectionTable, projectionGenerations } from '../shared/add-projection-table.migration-helper';
import { physicalTable } from '../projection';

/** The full visit record (DESIGN §3.5): the flow items, the duration, the on-site feedback and the findings. */
export class VisitRecordDetails1765200000010 implements MigrationInterface {
  name = 'VisitRecordDetails1765200000010';

  async up(q: QueryRunner): Promise<void> {
    await alterProjectionTable(q, 'visit-records', 'visit_records', [
      `ALTER TABLE %T ADD COLUMN methods jsonb NOT NULL DEFAULT '[]'::jsonb, ADD COLUMN duration_days numeric(4,1),
         ADD COLUMN on_site_feedback text NOT NULL DEFAULT '', ADD COLUMN highlights text NOT NULL DEFAULT '',
         ADD COLUMN problems text NOT NULL DEFAULT '', ADD COLUMN suggestions text NOT NULL DEFAULT ''`,
    ]);
    // A view keeps the columns it was created with: point it again at the live generation, now wider.
    const { live } = await projectionGenerations(q, 'visit-records');
    await q.query(`CREATE OR REPLACE VIEW visit_records AS SELECT * FROM ${physicalTable('visit_records', live)}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const { live, all } = await projectionGenerations(q, 'visit-records');
    await q.query(`DROP VIEW IF EXISTS visit_records`);
    for (const generation of all) {
      await q.query(`ALTER TABLE ${physicalTable('visit_records', generation)} DROP COLUMN methods, DROP COLUMN duration_days, DROP COLUMN on_site_feedback,
        DROP COLUMN highlights, DROP COLUMN problems, DROP COLUMN suggestions`);
    }
    await q.query(`CREATE VIEW visit_records AS SELECT * FROM ${physicalTable('visit_records', live)}`);
  }
}
