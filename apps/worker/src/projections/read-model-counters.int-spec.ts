import type { Pool, PoolClient } from 'pg';
import type { QueryRunner } from 'typeorm';
import { createPool } from '@app/database/create-pool';
import type { RecordedEvent } from '@app/event-store';
import { DashboardReader, findProjection, IssueSummaryReader, type ReadScope } from '@app/projections';
import { IssueAggregationCounts1764400000200 } from '@app/projections/issue-aggregation/1764400000200-issue-aggregation-counts.migration';
import { IssueAggregationLookBacks1765600000000 } from '@app/projections/issue-aggregation/1765600000000-issue-aggregation-look-backs.migration';
import { IssueSummaryCounts1764400000100 } from '@app/projections/issue-summary/1764400000100-issue-summary-counts.migration';
import { VisitCoverageCounts1764400000300 } from '@app/projections/visit-coverage/1764400000300-visit-coverage-counts.migration';
import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import { applyEvents } from './projection-batch';
import { randomIssueLog, seededRandom } from './testing/random-issue-log';
import { ScanDashboardOracle } from './testing/scan-dashboard.oracle';

/**
 * Model-based: random issue histories (any event in any order), applied in random batches with replays, must leave
 * the maintained counters answering exactly what counting the rows answers — the issue list's totals, the whole
 * dashboard for random periods, scopes and clocks (the oracle is the dashboard as it was computed by scanning), and
 * the coverage counts; and the migrations' back-fill must rebuild the same counters from the rows.
 */
describe.each([7, 1913, 424242])('read-model counters agree with the rows they count (seed %i)', (seed) => {
  let database: TestDatabase;
  let pool: Pool;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const projections = ['issue-summary', 'issue-aggregation', 'visit-coverage'].map((name) => findProjection(name)!);
  let units: { id: string; regionId: string; zoneId: string | null }[];
  let categories: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = createPool(database.url, 4);
    units = (await pool.query(`SELECT id, region_id AS "regionId", zone_id AS "zoneId" FROM registry_units ORDER BY id`)).rows;
    units = units.filter((_, i) => i % 7 === 0 || i > units.length - 4); // both counties, several zones
    categories = (await pool.query(`SELECT code FROM registry_categories ORDER BY sort_order LIMIT 4`)).rows.map((r) => r.code);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  async function apply(batch: RecordedEvent[]): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (const projection of projections) await applyEvents(client, projection, 1, batch, false);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  function randomScope(): ReadScope {
    return pick<ReadScope>([{}, { regionIds: ['r-demo-county'] }, { regionIds: ['r-neighbour-county', 'r-demo-city'] }, { unitIds: units.slice(0, 3).map((u) => u.id) }, { unitIds: [] }]);
  }

  async function checkIssueList(): Promise<void> {
    const rows = (await pool.query(`SELECT issue_id, unit_id, region_id, zone_id, category, severity, status, overdue, title, found_at FROM issue_summary`)).rows as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    const reader = new IssueSummaryReader(pool);
    for (let i = 0; i < 40; i++) {
      const filter = {
        status: random() < 0.5 ? pick(['open', 'rectifying', 'awaiting_recheck', 'rectified', 'closed', 'withdrawn']) : undefined,
        overdue: random() < 0.3 ? random() < 0.5 : undefined,
        unitId: random() < 0.2 ? pick(units).id : undefined,
        regionId: random() < 0.2 ? pick(['r-demo-county', 'r-neighbour-county']) : undefined,
        zoneId: random() < 0.2 ? pick(units).zoneId ?? undefined : undefined,
        category: random() < 0.3 ? pick(categories) : undefined,
        severity: random() < 0.3 ? pick(['general', 'serious', 'major']) : undefined,
        q: random() < 0.15 ? pick(['消防', 'fire', '食堂']) : undefined,
        from: random() < 0.15 ? new Date(Date.UTC(2025, 11, 1) + Math.floor(random() * 120) * 86_400_000).toISOString() : undefined,
        to: random() < 0.15 ? new Date(Date.UTC(2026, 1, 1) + Math.floor(random() * 120) * 86_400_000).toISOString() : undefined,
        page: 1,
        pageSize: 5,
      };
      const scope = randomScope();
      const expected = rows
        .filter((r) => (!scope.regionIds || scope.regionIds.includes(r.region_id)) && (!scope.unitIds || scope.unitIds.includes(r.unit_id)))
        .filter((r) => (['status', 'category', 'severity'] as const).every((k) => filter[k] === undefined || r[k] === filter[k]))
        .filter((r) => (filter.unitId === undefined || r.unit_id === filter.unitId) && (filter.regionId === undefined || r.region_id === filter.regionId) && (filter.zoneId === undefined || r.zone_id === filter.zoneId))
        .filter((r) => filter.overdue === undefined || r.overdue === filter.overdue)
        .filter((r) => !filter.q || r.title.toLowerCase().includes(filter.q.toLowerCase()) || r.issue_id === filter.q)
        .filter((r) => (!filter.from || r.found_at >= new Date(filter.from)) && (!filter.to || r.found_at < new Date(filter.to)))
        .sort((a, b) => b.found_at - a.found_at || (a.issue_id < b.issue_id ? -1 : 1));
      const answer = await reader.list(filter, scope);
      expect({ filter, scope, total: answer.total, capped: answer.totalCapped }).toEqual({ filter, scope, total: expected.length, capped: false });
      expect(answer.items.map((item) => item.issueId)).toEqual(expected.slice(0, 5).map((r) => r.issue_id));
    }
  }

  async function checkDashboard(): Promise<void> {
    const ours = new DashboardReader(pool);
    const oracle = new ScanDashboardOracle(pool);
    for (let i = 0; i < 20; i++) {
      const instant = (base: number) => new Date(base + Math.floor(random() * 200) * 86_400_000 + pick([0, 16 * 3_600_000, 3_600_000 * Math.floor(random() * 24)])).toISOString();
      const range = pick([{}, { from: instant(Date.UTC(2025, 10, 1)) }, { to: instant(Date.UTC(2026, 0, 1)) }, { from: instant(Date.UTC(2025, 10, 1)), to: instant(Date.UTC(2026, 2, 1)) }, { from: '2025-12-31T16:00:00.000Z', to: '2026-02-28T16:00:00.000Z' }]);
      const scope = randomScope();
      // Often on the day an order awaiting its recheck falls due: "due" must count it only once its deadline passed.
      const deadlines = (await pool.query(`SELECT deadline FROM issue_aggregation_orders WHERE recheck_outcome IS NULL ORDER BY issue_id, order_no`)).rows.map((r) => r.deadline as Date);
      const awaiting = deadlines.length ? pick(deadlines) : undefined;
      const now = awaiting && random() < 0.6 ? new Date(awaiting.getTime() + Math.floor((random() - 0.5) * 12 * 3_600_000)).toISOString() : instant(Date.UTC(2025, 11, 1));
      const [got, want] = await Promise.all([ours.dashboard(range, scope, now), oracle.dashboard(range, scope, now)]);
      const days = (d: { averageDaysToRectify: number | null }) => d.averageDaysToRectify;
      if (days(want) !== null) expect(Math.abs(days(got)! - days(want)!)).toBeLessThanOrEqual(0.11);
      expect({ asked: { range, scope, now }, ...got, averageDaysToRectify: null }).toEqual({ asked: { range, scope, now }, ...want, averageDaysToRectify: null });
    }
  }

  async function counterSnapshot(): Promise<Record<string, unknown[]>> {
    const tables = ['issue_summary_counts', 'issue_aggregation_counts', 'issue_aggregation_monthly', 'issue_aggregation_monthly_categories', 'issue_aggregation_order_counts', 'issue_aggregation_awaiting_by_day', 'issue_aggregation_look_backs', 'visit_coverage_counts'];
    const snapshot: Record<string, unknown[]> = {};
    for (const table of tables) {
      const rows = (await pool.query(`SELECT * FROM ${table}`)).rows as Record<string, unknown>[];
      snapshot[table] = rows
        .filter((row) => Object.entries(row).some(([k, v]) => /^(n|n_.*|o_.*)$/.test(k) && v !== 0))
        .map((row) => ({ ...row, sum_days_to_rectify: row.sum_days_to_rectify === undefined ? undefined : Math.round(Number(row.sum_days_to_rectify) * 1000) }))
        .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    }
    return snapshot;
  }

  it('answers the list, the dashboard and coverage from counters exactly as counting the rows does', async () => {
    const log = randomIssueLog(random, { issues: 120, units, categories, start: Date.UTC(2025, 10, 20), months: 5 });
    const visits: RecordedEvent[] = Array.from({ length: 60 }, (_, i) => {
      const unit = pick(units);
      const date = `2026-0${1 + Math.floor(random() * 3)}-1${Math.floor(random() * 9)}`;
      return { stream: `visit-v${i}`, version: 1, position: '', type: 'VisitRecorded', data: { visitId: `v${i}`, unitId: unit.id, regionId: unit.regionId, kind: 'routine', date, matters: [], notes: '', supervisorId: pick(['user-sup01', 'user-sup02']), recordedAt: `${date}T02:00:00.000Z` }, metadata: {} as never, recordedAt: `${date}T02:00:00.000Z`, hash: 'h', prevHash: 'p' };
    });
    const all = [...log];
    for (const visit of visits) all.splice(Math.floor(random() * (all.length + 1)), 0, visit);
    const batches: RecordedEvent[][] = [];
    for (let i = 0; i < all.length;) {
      const size = 1 + Math.floor(random() * 30);
      batches.push(all.slice(i, i + size));
      i += size;
    }
    for (const [n, batch] of batches.entries()) {
      await apply(batch);
      if (random() < 0.25) await apply(pick(batches.slice(0, n + 1))); // a replay changes nothing
      if (n === Math.floor(batches.length / 2)) {
        await checkIssueList();
        await checkDashboard();
      }
    }
    await checkIssueList();
    await checkDashboard();
    const coverage = await pool.query(
      `SELECT (SELECT json_agg(x ORDER BY month, unit_id, supervisor_user_id) FROM (SELECT month, unit_id, supervisor_user_id, count(*)::int AS n FROM visit_coverage_visits GROUP BY 1, 2, 3) x) AS rows,
              (SELECT json_agg(c ORDER BY month, unit_id, supervisor_user_id) FROM visit_coverage_counts c) AS counted`,
    );
    expect(coverage.rows[0].counted).toEqual(coverage.rows[0].rows);

    // The migrations' back-fill, from the same rows, makes the same counters.
    const before = await counterSnapshot();
    const client = await pool.connect();
    try {
      const runner = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows } as unknown as QueryRunner;
      for (const migration of [new IssueSummaryCounts1764400000100(), new IssueAggregationCounts1764400000200(), new IssueAggregationLookBacks1765600000000(), new VisitCoverageCounts1764400000300()]) {
        await migration.down(runner);
        await migration.up(runner);
      }
    } finally {
      (client as PoolClient).release();
    }
    expect(await counterSnapshot()).toEqual(before);
  }, 120_000);
});
