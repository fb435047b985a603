import type { MigrationInterface, QueryRunner } from 'typeorm';
import { alterProjectionTable } from '../shared/add-projection-table.migration-helper';

/**
 * GET /issues?severity= and ?category= in the list's order: without them a page walks the newest issues and skips
 * those of other severities (a rare one, 重大, read ten times the rows of its page), so their slowest requests grew
 * with the table (p95 1.77× at a million issues, BENCHMARKS.md). With them every filter of the list reads its page.
 */
export class IssueSummaryFilterIndexes1765600000010 implements MigrationInterface {
  name = 'IssueSummaryFilterIndexes1765600000010';

  async up(q: QueryRunner): Promise<void> {
    await alterProjectionTable(q, 'issue-summary', 'issue_summary', [
      `CREATE INDEX IF NOT EXISTS %T_severity ON %T (severity, found_at DESC, issue_id)`,
      `CREATE INDEX IF NOT EXISTS %T_category ON %T (category, found_at DESC, issue_id)`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await alterProjectionTable(q, 'issue-summary', 'issue_summary', [`DROP INDEX IF EXISTS %T_severity`, `DROP INDEX IF EXISTS %T_category`]);
  }
}
