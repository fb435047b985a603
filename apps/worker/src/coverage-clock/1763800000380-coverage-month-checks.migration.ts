import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coverage clock's durable memory: which months have been judged (or taken as the baseline on the first run).
 * A month is written here only after every supervisor's result for it was appended, so a crash in between repeats
 * the appends, which the event store's command ids turn into replays.
 */
export class CoverageMonthChecks1763800000380 implements MigrationInterface {
  name = 'CoverageMonthChecks1763800000380';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE coverage_month_checks (
        month       text PRIMARY KEY,
        baseline    boolean NOT NULL DEFAULT false,
        missed      integer NOT NULL DEFAULT 0,
        checked_at  timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE coverage_month_checks`);
  }
}
