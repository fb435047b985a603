import type { Pool } from 'pg';
import { createPool } from '@app/database';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { eventually } from './read-side.helpers';

/**
 * 责任督学每月要深入责任学校开展一次督导工作，每学年按照10个月计算 (DESIGN §3.5): across a school year the coverage clock
 * judges the ten counted months only — February and August (the winter and summer holidays) raise no alert in the
 * demo county — and visits cannot be dated after today in Asia/Shanghai.
 */
describe('coverage over a school year: ten counted months, no alerts in February and August', () => {
  const clock = new ManualClock('2026-01-10T02:00:00.000Z');
  let app: TestApp;
  let pool: Pool;

  const missedByMonth = async () =>
    Object.fromEntries(
      (await pool.query(`SELECT data->>'month' AS month, count(*)::int AS n FROM es_events WHERE type = 'VisitCoverageMissed' GROUP BY 1 ORDER BY 1`)).rows.map(
        (r: { month: string; n: number }) => [r.month, r.n],
      ),
    );
  const judged = async (month: string) =>
    eventually(async () => (await pool.query(`SELECT missed FROM coverage_month_checks WHERE month = $1`, [month])).rows[0] as { missed: number } | undefined, 10_000, `month ${month} judged`);

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DEADLINE_SCAN_INTERVAL_MS: '100', PROJECTION_POLL_INTERVAL_MS: '20' } });
    pool = createPool(app.database.url, 2);
    await eventually(async () => (await pool.query(`SELECT 1 FROM coverage_month_checks WHERE baseline`)).rowCount, 5000, 'the baseline');
  });
  afterAll(async () => {
    await pool?.end();
    await app?.stop();
  });

  it('refuses a visit dated after today (Shanghai) with VISIT_DATE_IN_FUTURE and appends nothing', async () => {
    const sup01 = await app.login('sup01');
    const before = (await pool.query(`SELECT count(*)::int AS n FROM es_events WHERE type = 'VisitRecorded'`)).rows[0].n;
    const refused = await app.api('POST', '/visits', { token: sup01, body: { unitId: 'u-001', kind: 'routine', date: '2027-08-15', matters: ['safety'] } });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'VISIT_DATE_IN_FUTURE', titleZh: '督导日期不能晚于今天' });
    const tomorrow = await app.api('POST', '/visits', { token: sup01, body: { unitId: 'u-001', kind: 'routine', date: '2026-01-11', matters: ['safety'] } });
    expect(tomorrow.status).toBe(422);
    expect((await pool.query(`SELECT count(*)::int AS n FROM es_events WHERE type = 'VisitRecorded'`)).rows[0].n).toBe(before);
    const today = await app.api('POST', '/visits', { token: sup01, body: { unitId: 'u-001', kind: 'routine', date: '2026-01-10', matters: ['safety'] } });
    expect(today.status).toBe(201);
  });

  it('judges January, skips February, judges March to July, skips August', async () => {
    const leader = await app.login('leader');
    clock.set('2026-01-31T16:00:01.000Z'); // 00:00:01 on 1 February in Shanghai: January ends
    const january = await judged('2026-01');
    expect(january.missed).toBeGreaterThan(90); // 93 + 5 pairs of the two counties, one of them visited
    clock.set('2026-02-28T16:00:01.000Z'); // February ends: nothing to judge
    expect((await judged('2026-02')).missed).toBe(0);
    clock.set('2026-08-31T16:00:01.000Z'); // a worker back after the summer catches up March … August
    expect((await judged('2026-08')).missed).toBe(0);
    const byMonth = await missedByMonth();
    expect(Object.keys(byMonth)).toEqual(['2026-01', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07']);
    expect(byMonth['2026-03']).toBe(98); // nobody visited: every (supervisor, school) pair of both counties

    const february = await app.api('GET', '/coverage?month=2026-02', { token: leader });
    expect(february.status).toBe(200);
    expect(february.body.counted).toBe(false);
    expect((february.body.items as { counted: boolean }[]).every((row) => !row.counted)).toBe(true);
    const march = await app.api('GET', '/coverage?month=2026-03', { token: leader });
    expect(march.body.counted).toBe(true);

    // School-year totals per school (school year 2025: September 2025 – August 2026): counted months visited by its
    // responsibility supervisor / counted months so far — February and August are not counted.
    type YearRow = { unitId: string; supervisorId: string; schoolYear: number; yearMonthsMet: number; yearMonthsCounted: number };
    const yearOf = async (month: string, unitId: string) =>
      ((await app.api('GET', `/coverage?month=${month}`, { token: leader })).body.items as YearRow[]).find((r) => r.unitId === unitId && r.supervisorId === 's-01');
    expect(await yearOf('2026-01', 'u-001')).toMatchObject({ schoolYear: 2025, yearMonthsMet: 1, yearMonthsCounted: 5 });
    expect(await yearOf('2026-02', 'u-001')).toMatchObject({ yearMonthsMet: 1, yearMonthsCounted: 5 });
    expect(await yearOf('2026-07', 'u-001')).toMatchObject({ yearMonthsMet: 1, yearMonthsCounted: 10 });
    expect(await yearOf('2026-08', 'u-001')).toMatchObject({ yearMonthsMet: 1, yearMonthsCounted: 10 });
    const other = ((await app.api('GET', '/coverage?month=2026-08', { token: leader })).body.items as YearRow[]).find((r) => r.unitId !== 'u-001' && r.supervisorId === 's-01');
    expect(other).toMatchObject({ yearMonthsMet: 0, yearMonthsCounted: 10 });
    expect(await yearOf('2026-09', 'u-001')).toMatchObject({ schoolYear: 2026, yearMonthsMet: 0, yearMonthsCounted: 1 });
    const csv = await (await fetch(`${app.url}/api/coverage?month=2026-07&format=csv`, { headers: { authorization: `Bearer ${leader}` } })).text();
    expect(csv.split('\n')[0]).toContain('本学年已督导月数/应督导月数');
    expect(csv).toContain(',1/10');

    // The alerts follow the events: the county's 92 pairs of January (u-001 was visited) and 93 for each of March … July.
    await eventually(async () => {
      const response = await app.api('GET', '/alerts?kind=coverage_missed&state=all&pageSize=1', { token: leader });
      return response.body.total === 92 + 5 * 93 ? true : null;
    }, 15_000, 'the coverage alerts of the county');
  });
});
