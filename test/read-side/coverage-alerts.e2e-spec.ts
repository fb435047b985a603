import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import { createPool } from '@app/database';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { CoverageClock } from '../../apps/worker/src/coverage-clock/coverage-clock';
import { eventually } from './read-side.helpers';
import { openSse } from './sse-client';

interface Alert { id: string; kind: string; supervisorId: string | null; unitId: string; regionId: string; month: string | null; issueId: string | null; title: string }

/** A webhook receiver that accepts everything. */
async function startReceiver() {
  const received: { kind: string; supervisorId: string; unitId: string; id: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, close: () => new Promise((r) => server.close(r)) };
}

/**
 * DESIGN §4 /coverage: each responsibility supervisor visits each assigned school at least once per calendar month
 * (Asia/Shanghai). When the clock passes 00:00 on the 1st, every unvisited (supervisor, school) pair of the month
 * just ended becomes one alert — on GET /alerts, the SSE stream and webhooks — once, across restarts and workers.
 */
describe('read side: coverage missed at month end', () => {
  const clock = new ManualClock('2026-05-06T02:00:00.000Z'); // 10:00 on 6 May in Shanghai
  const env = { DEADLINE_SCAN_INTERVAL_MS: '100', PROJECTION_POLL_INTERVAL_MS: '20' };
  let app: TestApp;
  let pool: Pool;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  const coverageAlerts = async (token: string): Promise<Alert[]> => {
    const response = await app.api('GET', '/alerts?pageSize=200', { token });
    expect(response.status).toBe(200);
    return (response.body.items as Alert[]).filter((a) => a.kind === 'coverage_missed');
  };
  const missedEvents = async () =>
    (await pool.query(`SELECT stream, data->>'unitId' AS unit FROM es_events WHERE type = 'VisitCoverageMissed' ORDER BY stream, version`)).rows as { stream: string; unit: string }[];

  beforeAll(async () => {
    receiver = await startReceiver();
    app = await startTestApp({ clock, env: { ...env, WEBHOOKS: JSON.stringify([{ name: 'ops', url: receiver.url, secret: 'receiver-secret-0123456789' }]) } });
    pool = createPool(app.database.url, 2);
  });
  afterAll(async () => {
    await pool?.end();
    await app?.stop();
    await app?.database.drop(); // the restarted app was given the database, so stop() left it
    await receiver?.close();
  });

  it('raises one alert per unvisited (supervisor, school) of the month, scoped, streamed and delivered', async () => {
    // The first scan only takes the month before as its baseline: nobody is judged for a month before the system ran.
    await eventually(async () => (await pool.query(`SELECT 1 FROM coverage_month_checks WHERE month = '2026-04' AND baseline`)).rowCount, 3000, 'the baseline');

    const [sup01, sup02, leader, leaderb] = await Promise.all(['sup01', 'sup02', 'leader', 'leaderb'].map((u) => app.login(u)));
    const visit = async (unitId: string, date: string) => {
      const response = await app.api('POST', '/visits', { token: sup01, body: { unitId, kind: 'routine', date, matters: ['safety'], notes: '' } });
      expect(response.status).toBe(201);
    };
    await visit('u-001', '2026-05-06');
    await visit('u-002', '2026-05-03');
    await visit('u-001', '2026-05-04'); // a second visit counts once
    await visit('u-003', '2026-04-30'); // April's visit does not cover May
    const sse = openSse(`${app.url}/api/alerts/stream`, { authorization: `Bearer ${sup02}` });

    // A second before midnight the month has not ended.
    clock.set('2026-05-31T15:59:59.000Z');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await coverageAlerts(leader)).toEqual([]);

    clock.set('2026-05-31T16:00:01.000Z'); // 00:00:01 on 1 June in Shanghai
    const forSup01 = await eventually(async () => {
      const alerts = (await coverageAlerts(sup01)).filter((a) => a.supervisorId === 's-01');
      return alerts.length >= 3 ? alerts : null;
    }, 5000, 'the coverage alerts');
    expect(forSup01.map((a) => a.unitId).sort()).toEqual(['u-003', 'u-004', 'u-005']);
    expect(forSup01[0]).toMatchObject({ month: '2026-05', regionId: 'r-demo-county', issueId: null, title: expect.stringContaining('2026-05') });
    // The alerts projection applies them in batches: wait until all of the county's have arrived.
    await eventually(async () => ((await coverageAlerts(leader)).length >= 93 - 2 ? true : null), 10_000, 'every county alert');

    // sup01 leads zone 1 and sees its 19 schools' pairs; sup02 only its own five schools; the leaders only their county.
    const zone1 = await coverageAlerts(sup01);
    expect(zone1).toHaveLength(19 - 2);
    const mine = await coverageAlerts(sup02);
    expect(mine.map((a) => `${a.supervisorId}/${a.unitId}`).sort()).toEqual(['u-006', 'u-007', 'u-008', 'u-009', 'u-010'].map((u) => `s-02/${u}`));
    const county = await coverageAlerts(leader);
    expect(county).toHaveLength(93 - 2);
    expect(county.every((a) => a.regionId === 'r-demo-county')).toBe(true);
    expect(county.filter((a) => a.supervisorId === 's-01').map((a) => a.unitId).sort()).toEqual(['u-003', 'u-004', 'u-005']);
    const filtered = await app.api('GET', '/alerts?kind=coverage_missed&supervisorId=s-01&pageSize=50', { token: leader });
    expect(filtered.status).toBe(200);
    expect((filtered.body.items as Alert[]).map((a) => a.unitId).sort()).toEqual(['u-003', 'u-004', 'u-005']);
    const neighbour = await coverageAlerts(leaderb);
    expect(neighbour.map((a) => a.unitId).sort()).toEqual(['u-b01', 'u-b02', 'u-b03', 'u-b04', 'u-b05']);
    // GET /coverage agrees: every pair it shows as not met has exactly one alert.
    const coverage = await app.api('GET', '/coverage?month=2026-05', { token: leader });
    const unmet = (coverage.body.items as { supervisorId: string; unitId: string; met: boolean }[]).filter((row) => !row.met);
    expect(new Set(unmet.map((row) => `${row.supervisorId}/${row.unitId}`))).toEqual(new Set(county.map((a) => `${a.supervisorId}/${a.unitId}`)));

    // SSE (sup02's scope) and webhooks (every alert, once each)
    const streamed = await eventually(async () => (sse.messages.length >= 5 ? sse.messages : null), 3000, 'the SSE alerts');
    expect(streamed.map((m) => JSON.parse(m.data).unitId).sort()).toEqual(['u-006', 'u-007', 'u-008', 'u-009', 'u-010']);
    await sse.close();
    // (the visits above have no report either: their visit_report_overdue alerts are delivered too, counted apart)
    const delivered = () => receiver.received.filter((r) => r.kind === 'coverage_missed');
    await eventually(async () => delivered().length >= 96, 8000, 'webhook deliveries');
    expect(new Set(delivered().map((r) => r.id)).size).toBe(96);
    expect(delivered().filter((r) => r.supervisorId === 's-01').map((r) => r.unitId).sort()).toEqual(['u-003', 'u-004', 'u-005']);
    expect(await missedEvents()).toHaveLength(96);
  });

  it('never raises them twice: more scans, a crash before the month was marked, two scanners, a restart', async () => {
    const before = await missedEvents();
    const scanner = app.service.app.get(CoverageClock);
    // The worker's own scans run every 100 ms too, so a manual scan may find the lock taken: it never appends.
    expect(await scanner.scan()).toMatchObject({ checked: [], appended: 0 });

    // As if a worker died after appending and before remembering the month: the month is judged again, all replays.
    await pool.query(`DELETE FROM coverage_month_checks WHERE month = '2026-05'`);
    const [a, b] = await Promise.all([scanner.scan(), scanner.scan()]);
    expect(a.appended + b.appended).toBe(0);
    // Judged again (by these scans or the worker's own), every append a replay of the first.
    await eventually(async () => (await pool.query(`SELECT 1 FROM coverage_month_checks WHERE month = '2026-05'`)).rowCount, 5000, 'the month judged again');
    expect((await pool.query(`SELECT missed FROM coverage_month_checks WHERE month = '2026-05'`)).rows).toEqual([{ missed: 96 }]);

    // A restart on the same database, clock still past the month end.
    const database = app.database;
    await app.service.stop();
    app = await startTestApp({ clock, database, env });
    const restarted = app.service.app.get(CoverageClock);
    await new Promise((resolve) => setTimeout(resolve, 400)); // a few scans of its own
    expect(await restarted.scan()).toMatchObject({ baseline: null, checked: [], appended: 0 });
    expect(await missedEvents()).toEqual(before);
    const leader = await app.login('leader');
    expect(await coverageAlerts(leader)).toHaveLength(91);
  });
});
