import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Under a flood the denied-attempts log folds refusals from one source into one row per window instead of
 * dropping them: `count` is how many refusals the row stands for (1 for a single one), `last_at` the last of them.
 */
export class DeniedAttemptsAggregated1764300000000 implements MigrationInterface {
  name = 'DeniedAttemptsAggregated1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE security_denied_attempts ADD COLUMN count integer NOT NULL DEFAULT 1, ADD COLUMN last_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE security_denied_attempts DROP COLUMN count, DROP COLUMN last_at`);
  }
}
