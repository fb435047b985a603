import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionTable, alterProjectionTable, dropAddedProjectionTable } from '../shared/add-projection-table.migration-helper';
import { counterColumnsDdl, ISSUE_STATUSES, STATUS_COLUMNS } from '../shared/issue-status-counts';

const ISSUE_COUNTERS = ['n_total', 'n_overdue', ...STATUS_COLUMNS];
const ORDER_COUNTERS = ['n_orders', 'n_rechecked', 'n_passed', 'n_on_time'];

/** Issue counters grouped by `groups` (SQL expressions over the issue rows `i`), for the back-fill. */
function issueBackfill(columns: string[], groups: string[]): string {
  return `INSERT INTO %T (${columns.join(', ')}, region_id, zone_id, ${ISSUE_COUNTERS.join(', ')})
    SELECT ${groups.join(', ')}, min(i.region_id), min(u.zone_id), count(*), count(*) FILTER (WHERE i.overdue),
           ${ISSUE_STATUSES.map((s) => `count(*) FILTER (WHERE i.status = '${s}')`).join(', ')}
      FROM issue_aggregation_issues%G i LEFT JOIN registry_units u ON u.id = i.unit_id
     GROUP BY ${groups.join(', ')}`;
}

function issueCounterTable(keys: string[]): string {
  return `CREATE TABLE %T (
        ${keys.map((k) => `${k} text NOT NULL`).join(',\n        ')},
        region_id text NOT NULL,
        zone_id text,
        ${counterColumnsDdl(ISSUE_COUNTERS)},
        PRIMARY KEY (${keys.join(', ')})
      )`;
}

/**
 * GET /dashboard at province scale: counters kept by the projection in the same transaction as its rows, so the
 * dashboard sums a few thousand counter rows (bounded by units × categories × months) instead of every issue.
 *   issue_aggregation_counts          unit × category            — the whole-period figures and breakdowns
 *   issue_aggregation_monthly         unit × month found         — registered / closed / overdue by month
 *   issue_aggregation_monthly_categories unit × month × category — the same for a dashboard over a period
 *   issue_aggregation_order_counts    unit × month ordered × month of the deadline — orders, rechecks, on time
 *   issue_aggregation_awaiting_by_day unit × day of the deadline — orders still awaiting a recheck
 * Months and days are Asia/Shanghai's. "Due" moves with the clock: this month's orders awaiting a recheck are due
 * up to yesterday by the day counters, and today's are counted from the order rows (index-only, one day's worth).
 */
export class IssueAggregationCounts1764400000200 implements MigrationInterface {
  name = 'IssueAggregationCounts1764400000200';

  async up(q: QueryRunner): Promise<void> {
    const p = 'issue-aggregation';
    await addProjectionTable(q, p, 'issue_aggregation_counts', [issueCounterTable(['unit_id', 'category'])], [issueBackfill(['unit_id', 'category'], ['i.unit_id', 'i.category'])]);
    await addProjectionTable(q, p, 'issue_aggregation_monthly', [issueCounterTable(['unit_id', 'found_month'])], [issueBackfill(['unit_id', 'found_month'], ['i.unit_id', 'i.found_month'])]);
    await addProjectionTable(
      q, p, 'issue_aggregation_monthly_categories',
      [issueCounterTable(['unit_id', 'found_month', 'category'])],
      [issueBackfill(['unit_id', 'found_month', 'category'], ['i.unit_id', 'i.found_month', 'i.category'])],
    );
    const month = (column: string) => `to_char(o.${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
    await addProjectionTable(
      q, p, 'issue_aggregation_order_counts',
      [
        `CREATE TABLE %T (
        unit_id text NOT NULL,
        ordered_month text NOT NULL,
        deadline_month text NOT NULL,
        region_id text NOT NULL,
        zone_id text,
        ${counterColumnsDdl(ORDER_COUNTERS)},
        sum_days_to_rectify double precision NOT NULL DEFAULT 0,
        PRIMARY KEY (unit_id, ordered_month, deadline_month)
      )`,
      ],
      [
        `INSERT INTO %T (unit_id, ordered_month, deadline_month, region_id, zone_id, ${ORDER_COUNTERS.join(', ')}, sum_days_to_rectify)
         SELECT o.unit_id, ${month('ordered_at')}, ${month('deadline')}, min(o.region_id), min(u.zone_id), count(*),
                count(*) FILTER (WHERE o.recheck_outcome IS NOT NULL), count(*) FILTER (WHERE o.recheck_outcome = 'passed'),
                count(*) FILTER (WHERE o.recheck_outcome = 'passed' AND o.rechecked_at <= o.deadline),
                coalesce(sum(extract(epoch FROM o.rechecked_at - o.ordered_at) / 86400) FILTER (WHERE o.recheck_outcome = 'passed'), 0)
           FROM issue_aggregation_orders%G o LEFT JOIN registry_units u ON u.id = o.unit_id
          GROUP BY 1, 2, 3`,
      ],
    );
    // Orders awaiting a recheck by the day of their deadline: this month's due ones up to yesterday are a sum.
    const day = `to_char(o.deadline AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`;
    await addProjectionTable(
      q, p, 'issue_aggregation_awaiting_by_day',
      [
        `CREATE TABLE %T (
        unit_id text NOT NULL,
        deadline_day text NOT NULL,
        region_id text NOT NULL,
        zone_id text,
        n_awaiting integer NOT NULL DEFAULT 0,
        PRIMARY KEY (unit_id, deadline_day)
      )`,
        `CREATE INDEX %T_day ON %T (deadline_day)`,
      ],
      [
        `INSERT INTO %T (unit_id, deadline_day, region_id, zone_id, n_awaiting)
         SELECT o.unit_id, ${day}, min(o.region_id), min(u.zone_id), count(*)
           FROM issue_aggregation_orders%G o LEFT JOIN registry_units u ON u.id = o.unit_id
          WHERE o.recheck_outcome IS NULL GROUP BY 1, 2`,
      ],
    );
    // Today's (and, for a dashboard over a period, this month's) due ones from the rows: index-only.
    await alterProjectionTable(q, p, 'issue_aggregation_orders', [`CREATE INDEX %T_awaiting ON %T (deadline) INCLUDE (region_id, unit_id, ordered_at) WHERE recheck_outcome IS NULL`]);
  }

  async down(q: QueryRunner): Promise<void> {
    await alterProjectionTable(q, 'issue-aggregation', 'issue_aggregation_orders', [`DROP INDEX IF EXISTS %T_awaiting`]);
    for (const table of ['issue_aggregation_awaiting_by_day', 'issue_aggregation_order_counts', 'issue_aggregation_monthly_categories', 'issue_aggregation_monthly', 'issue_aggregation_counts']) {
      await dropAddedProjectionTable(q, table);
    }
  }
}
