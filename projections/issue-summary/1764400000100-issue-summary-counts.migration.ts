import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionTable, alterProjectionTable, dropAddedProjectionTable } from '../shared/add-projection-table.migration-helper';
import { counterColumnsDdl, ISSUE_STATUSES, OVERDUE_STATUS_COLUMNS, STATUS_COLUMNS } from '../shared/issue-status-counts';

/**
 * GET /issues at province scale: the list's total comes from counters kept per unit × category × severity (status and
 * overdue as columns, a few thousand rows whatever the number of issues), and each filter a person uses has an index
 * in the list's order, so neither the total nor a page reads every issue.
 */
export class IssueSummaryCounts1764400000100 implements MigrationInterface {
  name = 'IssueSummaryCounts1764400000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await addProjectionTable(
      q,
      'issue-summary',
      'issue_summary_counts',
      [
        `CREATE TABLE %T (
        unit_id text NOT NULL,
        category text NOT NULL,
        severity text NOT NULL,
        region_id text NOT NULL,
        zone_id text,
        ${counterColumnsDdl(['n_total', 'n_overdue', ...STATUS_COLUMNS, ...OVERDUE_STATUS_COLUMNS])},
        PRIMARY KEY (unit_id, category, severity)
      )`,
      ],
      [
        `INSERT INTO %T (unit_id, category, severity, region_id, zone_id, n_total, n_overdue, ${STATUS_COLUMNS.join(', ')}, ${OVERDUE_STATUS_COLUMNS.join(', ')})
         SELECT s.unit_id, s.category, s.severity, min(s.region_id), min(u.zone_id), count(*), count(*) FILTER (WHERE s.overdue),
                ${ISSUE_STATUSES.map((st) => `count(*) FILTER (WHERE s.status = '${st}')`).join(', ')},
                ${ISSUE_STATUSES.map((st) => `count(*) FILTER (WHERE s.status = '${st}' AND s.overdue)`).join(', ')}
           FROM issue_summary%G s LEFT JOIN registry_units u ON u.id = s.unit_id
          GROUP BY s.unit_id, s.category, s.severity`,
      ],
    );
    // Statuses and overdue follow time (old issues are closed, new ones open): walking the found_at order and
    // filtering would read ever more rows as issues accumulate. Category and severity do not, so they need none.
    await alterProjectionTable(q, 'issue-summary', 'issue_summary', [
      `CREATE INDEX %T_status ON %T (status, found_at DESC, issue_id)`,
      `CREATE INDEX %T_zone ON %T (zone_id, found_at DESC, issue_id)`,
      `CREATE INDEX %T_overdue ON %T (found_at DESC, issue_id) WHERE overdue`,
      // status and overdue together: the planner would otherwise walk all of a status's recent, not yet overdue, rows
      `CREATE INDEX %T_overdue_status ON %T (status, found_at DESC, issue_id) WHERE overdue`,
      `CREATE INDEX %T_title ON %T USING gin (title gin_trgm_ops)`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await alterProjectionTable(q, 'issue-summary', 'issue_summary', [
      `DROP INDEX IF EXISTS %T_status`, `DROP INDEX IF EXISTS %T_zone`, `DROP INDEX IF EXISTS %T_overdue`, `DROP INDEX IF EXISTS %T_overdue_status`, `DROP INDEX IF EXISTS %T_title`,
    ]);
    await dropAddedProjectionTable(q, 'issue_summary_counts');
  }
}
