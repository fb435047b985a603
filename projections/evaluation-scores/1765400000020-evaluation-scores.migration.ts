import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/** 督政 scores across governments and years (DESIGN §3.10): one row per evaluation. */
export class EvaluationScores1765400000020 implements MigrationInterface {
  name = 'EvaluationScores1765400000020';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'evaluation_scores', [
      `CREATE TABLE %T (
        evaluation_id text PRIMARY KEY,
        version integer NOT NULL,
        region_id text NOT NULL,
        unit_id text NOT NULL,
        year integer NOT NULL,
        framework_code text NOT NULL,
        framework_version integer NOT NULL,
        status text NOT NULL,
        self_total numeric,
        self_grade text,
        total numeric,
        grade text,
        launched_at timestamptz NOT NULL,
        concluded_at timestamptz
      )`,
      `CREATE INDEX %T_region ON %T (region_id, year DESC, unit_id)`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'evaluation_scores');
  }
}
