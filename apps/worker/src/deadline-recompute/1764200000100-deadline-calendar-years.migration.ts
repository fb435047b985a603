import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recompute process manager's index: for every open day-count order, each calendar year its deadline was
 * computed on and that year's content hash then. A publication of year Y looks up the rows of Y whose hash differs
 * (index on year), never a scan of the issues.
 */
export class DeadlineCalendarYears1764200000100 implements MigrationInterface {
  name = 'DeadlineCalendarYears1764200000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deadline_calendar_years (
        issue_id text NOT NULL,
        order_no integer NOT NULL,
        year integer NOT NULL,
        year_hash text NOT NULL,
        provisional boolean NOT NULL,
        PRIMARY KEY (issue_id, year)
      )`);
    await q.query(`CREATE INDEX deadline_calendar_years_year ON deadline_calendar_years (year, year_hash)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deadline_calendar_years`);
  }
}
