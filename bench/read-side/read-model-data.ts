import type { Pool } from 'pg';
import type { QueryRunner } from 'typeorm';
import { IssueAggregationCounts1764400000200 } from '@app/projections/issue-aggregation/1764400000200-issue-aggregation-counts.migration';
import { IssueSummaryCounts1764400000100 } from '@app/projections/issue-summary/1764400000100-issue-summary-counts.migration';
import { VisitCoverageCounts1764400000300 } from '@app/projections/visit-coverage/1764400000300-visit-coverage-counts.migration';

/**
 * Fills the read models (not the log) with `issues` issues found over the two years before now, as their
 * projections would have left them: the rows of issue-summary, issue-aggregation (issues and orders), the overdue
 * list and visit coverage (one visit per ten issues), then the counters computed from those rows by the
 * migrations' own back-fill (which also builds their indexes), then VACUUM ANALYZE. Server-side INSERT … SELECT.
 *
 * Shape: old issues are mostly closed, recent ones open or in rectification; an order 2 days after finding with a
 * 30-day deadline; rechecks on time two times in three; ~10 % overdue; 98 units, 9 categories, 3 severities.
 */
export async function loadReadModels(pool: Pool, issues: number): Promise<void> {
  await pool.query(`DROP TABLE IF EXISTS bench_issues`);
  await pool.query(
    `CREATE UNLOGGED TABLE bench_issues AS
     WITH base AS (
       SELECT i, md5('issue' || i)::uuid::text AS issue_id,
              now() - (i::float8 / $1) * interval '730 days' - (i % 97) * interval '7 minutes' AS found_at,
              (i::float8 / $1) * 730 AS age_days
         FROM generate_series(1, $1::int) AS i),
     units AS (SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, name, region_id, zone_id FROM registry_units),
     categories AS (SELECT array_agg(code ORDER BY sort_order) AS codes FROM registry_categories),
     shaped AS (
       SELECT b.*, u.id AS unit_id, u.name AS unit_name, u.region_id, u.zone_id, c.codes[1 + (b.i * 7 % 9)] AS category,
              CASE WHEN b.i % 20 = 0 THEN 'major' WHEN b.i % 4 = 0 THEN 'serious' ELSE 'general' END AS severity,
              CASE WHEN b.age_days < 60 THEN (ARRAY['open', 'open', 'rectifying', 'rectifying', 'rectifying', 'rectifying', 'awaiting_recheck', 'awaiting_recheck', 'rectified', 'closed'])[1 + b.i % 10]
                   WHEN b.i % 100 < 3 THEN 'withdrawn' WHEN b.i % 100 < 7 THEN 'rectified' WHEN b.i % 100 < 17 THEN 'rectifying' ELSE 'closed' END AS status,
              (ARRAY['校园北侧消防通道堆放杂物', '食堂从业人员健康证过期', '校舍屋面渗漏未及时维修', '课后服务收费未公示', '作业总量超出规定',
                     '教师培训学时不足', '实验室危化品台账缺失', '体育课开课不足', '校车安全管理制度不全', '心理健康教育未落实'])[1 + b.i % 10] || ' ' || b.i AS title
         FROM base b CROSS JOIN categories c JOIN units u ON u.k = b.i % (SELECT count(*) FROM registry_units))
     SELECT s.*, s.found_at + interval '2 days' AS ordered_at, s.found_at + interval '32 days' AS deadline,
            s.status = 'rectifying' AND s.found_at + interval '32 days' < now() AS overdue,
            CASE WHEN s.status IN ('rectified', 'closed') THEN s.found_at + CASE WHEN s.i % 3 = 0 THEN interval '40 days' ELSE interval '20 days' END END AS rechecked_at
       FROM shaped s`,
    [issues],
  );
  const state = `jsonb_build_object('issueId', issue_id, 'unitId', unit_id, 'regionId', region_id, 'category', category, 'severity', severity,
    'status', status, 'title', title, 'overdue', overdue, 'foundAt', found_at, 'deadline', deadline, 'description', '督导检查发现问题，责令限期整改并报送整改材料。')`;
  const ordered = `status NOT IN ('open', 'withdrawn')`;
  await pool.query(
    `INSERT INTO issue_summary_g1 (issue_id, unit_id, unit_name, region_id, zone_id, category, severity, status, title, overdue, deadline,
        reminder_level, accountability_required, accountability_decided, found_at, last_event_at, version, state)
     SELECT issue_id, unit_id, unit_name, region_id, zone_id, category, severity, status, title, overdue, CASE WHEN ${ordered} THEN deadline END,
            CASE WHEN overdue THEN 'urge' END, overdue, false, found_at, coalesce(rechecked_at, ordered_at, found_at), 4, ${state}
       FROM bench_issues`,
  );
  await pool.query(
    `INSERT INTO issue_aggregation_issues_g1 (issue_id, unit_id, region_id, zone_id, category, severity, status, overdue, found_at, found_month, version, state)
     SELECT issue_id, unit_id, region_id, zone_id, category, severity, status, overdue, found_at,
            to_char(found_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), 4, ${state} FROM bench_issues`,
  );
  await pool.query(
    `INSERT INTO issue_aggregation_orders_g1 (issue_id, order_no, unit_id, region_id, zone_id, category, ordered_at, deadline, recheck_outcome, rechecked_at)
     SELECT issue_id, 1, unit_id, region_id, zone_id, category, ordered_at, deadline, CASE WHEN rechecked_at IS NOT NULL THEN 'passed' END, rechecked_at
       FROM bench_issues WHERE ${ordered}`,
  );
  await pool.query(
    `INSERT INTO overdue_rectifications_g1 (issue_id, unit_id, unit_name, region_id, zone_id, title, severity, status, order_no, deadline,
        due_soon_marked, overdue, reminder_level, accountability_required, accountability_decided, version, state)
     SELECT issue_id, unit_id, unit_name, region_id, zone_id, title, severity, status, CASE WHEN status = 'rectifying' THEN 1 END,
            CASE WHEN status = 'rectifying' THEN deadline END, true, overdue, CASE WHEN overdue THEN 'urge' END, overdue, false, 4, '{}'::jsonb
       FROM bench_issues`,
  );
  await pool.query(
    `INSERT INTO overdue_rectification_counts_g1 (unit_id, severity, region_id, zone_id, n)
     SELECT unit_id, severity, min(region_id), min(zone_id), count(*) FROM overdue_rectifications_g1 WHERE overdue GROUP BY 1, 2`,
  );
  await pool.query(
    `INSERT INTO visit_coverage_visits_g1 (visit_id, unit_id, region_id, supervisor_user_id, kind, visit_date, month)
     SELECT 'v-' || v, u.id, u.region_id, s.id, 'routine', d::date, to_char(d, 'YYYY-MM')
       FROM generate_series(1, greatest($1::int / 10, 1)) AS v
       CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date - (v::float8 / greatest($1::int / 10, 1) * 730)::int AS d) AS day
       JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, region_id FROM registry_units) u ON u.k = v % 98
       JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM registry_users WHERE role = 'supervisor') s ON s.k = v % 20`,
    [issues],
  );
  // The counters, from the rows, exactly as the migrations back-fill them (and their indexes, built once).
  const client = await pool.connect();
  try {
    const runner = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows } as unknown as QueryRunner;
    for (const migration of [new IssueSummaryCounts1764400000100(), new IssueAggregationCounts1764400000200(), new VisitCoverageCounts1764400000300()]) {
      await migration.down(runner);
      await migration.up(runner);
    }
  } finally {
    client.release();
  }
  await pool.query(`DROP TABLE bench_issues`);
  for (const table of ['issue_summary_g1', 'issue_summary_counts_g1', 'issue_aggregation_issues_g1', 'issue_aggregation_orders_g1', 'issue_aggregation_counts_g1',
    'issue_aggregation_monthly_g1', 'issue_aggregation_monthly_categories_g1', 'issue_aggregation_order_counts_g1', 'overdue_rectifications_g1',
    'overdue_rectification_counts_g1', 'visit_coverage_visits_g1', 'visit_coverage_counts_g1']) {
    await pool.query(`VACUUM ANALYZE ${table}`);
  }
}
