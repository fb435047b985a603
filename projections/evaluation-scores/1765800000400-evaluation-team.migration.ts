import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TO_DO_TABLE_DDL } from '../inbox/to-do-table';
import { addProjectionColumns } from '../shared/add-projection-columns.migration-helper';
import { addProjectionTable, dropAddedProjectionTable } from '../shared/add-projection-table.migration-helper';

/**
 * The evaluating team (user ids): a member reads and reviews the evaluations they are on, whatever their jurisdiction;
 * the self-evaluation's due date; and the evaluations' to-dos for the inbox (self-evaluate, review, publish).
 */
export class EvaluationTeam1765800000400 implements MigrationInterface {
  name = 'EvaluationTeam1765800000400';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionColumns(q, 'evaluation-scores', 'evaluation_scores', [`team text[] NOT NULL DEFAULT '{}'`, 'self_due_at timestamptz']);
    await addProjectionTable(q, 'evaluation-scores', 'evaluation_to_dos', TO_DO_TABLE_DDL);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAddedProjectionTable(q, 'evaluation_to_dos');
    await q.query(`DROP VIEW IF EXISTS evaluation_scores`);
    const rows = (await q.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename ~ '^evaluation_scores_g[0-9]+$'`)) as { tablename: string }[];
    for (const { tablename } of rows) await q.query(`ALTER TABLE ${tablename} DROP COLUMN team, DROP COLUMN self_due_at`);
    const live = (await q.query(`SELECT generation FROM projection_checkpoints WHERE name = 'evaluation-scores'`)) as { generation: number }[];
    await q.query(`CREATE VIEW evaluation_scores AS SELECT * FROM evaluation_scores_g${Number(live[0]?.generation ?? 1)}`);
  }
}
