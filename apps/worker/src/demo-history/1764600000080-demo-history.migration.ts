import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which demo-history scenes ran (with their anchor instant), so a restart seeds nothing twice and a crash resumes. */
export class DemoHistory1764600000080 implements MigrationInterface {
  name = 'DemoHistory1764600000080';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE demo_history_runs (
        name text PRIMARY KEY,
        anchor timestamptz NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        steps integer,
        refused integer,
        duration_ms integer
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE demo_history_runs`);
  }
}
