import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionColumns } from '../shared/add-projection-columns.migration-helper';

/** Whether an evaluation's report was published: scope, when, and the report's document number (issue #16). */
export class EvaluationPublication1765800000100 implements MigrationInterface {
  name = 'EvaluationPublication1765800000100';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionColumns(q, 'evaluation-scores', 'evaluation_scores', ['published_scope text', 'published_at timestamptz', 'report_number text']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW IF EXISTS evaluation_scores`);
    const rows = (await q.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename ~ '^evaluation_scores_g[0-9]+$'`)) as { tablename: string }[];
    for (const { tablename } of rows) await q.query(`ALTER TABLE ${tablename} DROP COLUMN published_scope, DROP COLUMN published_at, DROP COLUMN report_number`);
    const live = (await q.query(`SELECT generation FROM projection_checkpoints WHERE name = 'evaluation-scores'`)) as { generation: number }[];
    await q.query(`CREATE VIEW evaluation_scores AS SELECT * FROM evaluation_scores_g${Number(live[0]?.generation ?? 1)}`);
  }
}
