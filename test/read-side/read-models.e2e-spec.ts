import { ManualClock } from '@app/application';
import { findProjection } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { rebuildProjection } from '../../apps/worker/src/projections/projection-rebuild';
import { eventually, registerIssue } from './read-side.helpers';
import { seedIssueEvents } from './seed-issue-events';

describe('read side: summaries, dashboard, coverage, bulletins', () => {
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');
  let app: TestApp;
  let tokens: Record<string, string>;
  let rectified: string;
  let lastPosition: string;

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DEADLINE_SCAN_INTERVAL_MS: '200', PROJECTION_POLL_INTERVAL_MS: '20' } });
    const names = ['sup01', 'leader', 'coordinator', 'unit001', 'unit002'];
    tokens = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await app.login(n)] as const)));
    const send = async (path: string, token: string, body: object) => {
      const response = await app.api('POST', path, { token, body });
      if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
      lastPosition = response.body.position;
      return response.body;
    };
    await send('/visits', tokens.sup01, { unitId: 'u-001', kind: 'routine', date: '2026-03-02', matters: ['safety'], notes: '' });
    rectified = (await registerIssue(app, tokens.sup01, 'u-001')).id;
    await registerIssue(app, tokens.sup01, 'u-002', { category: 'canteen_hygiene', severity: 'general', title: '食堂' });
    await send(`/issues/${rectified}/rectification-orders`, tokens.sup01, { requirements: 'clear it', calendarDays: 10 });
    await send(`/issues/${rectified}/rectification-reports`, tokens.unit001, { measures: 'cleared' });
    await send(`/issues/${rectified}/rechecks`, tokens.sup01, { method: 'on_site', outcome: 'passed', findings: 'ok' });
    const bulletin = await send('/bulletins', tokens.coordinator, { title: '三月通报', issueIds: [rectified] });
    await send(`/bulletins/${bulletin.id}/publish`, tokens.coordinator, { scope: 'public' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('lists issues with filters, paging and unit scoping, and waits for a given position', async () => {
    const all = await app.api('GET', `/issues?minPosition=${encodeURIComponent(lastPosition)}&pageSize=1`, { token: tokens.leader });
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    expect(all.body.items).toHaveLength(1);
    const filtered = await app.api('GET', '/issues?status=rectified&category=safety&q=消防', { token: tokens.coordinator });
    expect(filtered.body.items.map((i: { issueId: string }) => i.issueId)).toEqual([rectified]);
    const mine = await app.api('GET', '/issues', { token: tokens.unit002 });
    expect(mine.body.items.map((i: { unitId: string }) => i.unitId)).toEqual(['u-002']);
    expect((await app.api('GET', `/issues/${rectified}`, { token: tokens.unit002 })).status).toBe(404);
    expect((await app.api('GET', '/issues?overdue=maybe', { token: tokens.leader })).status).toBe(400);
    expect((await app.api('GET', '/issues?minPosition=bogus', { token: tokens.leader })).status).toBe(400);
  });

  it('answers the dashboard with rates and breakdowns', async () => {
    const response = await app.api('GET', `/dashboard?minPosition=${encodeURIComponent(lastPosition)}`, { token: tokens.leader });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      total: 2, countsByStatus: { rectified: 1, open: 1 }, onTimeRectificationRate: 1, recheckPassRate: 1, ordersDue: 1,
    });
    expect(response.body.byCategory).toHaveLength(9);
    // The 10-day order of early March is due in March and was rechecked in time: March's on-time rate is 1.
    expect(response.body.byMonth).toEqual([expect.objectContaining({ month: '2026-03', registered: 2, ordersDue: 1, ordersOnTime: 1, onTimeRate: 1 })]);
    expect((await app.api('GET', '/dashboard', { token: tokens.sup01 })).status).toBe(403);
  });

  it('reports monthly visit coverage per supervisor and school', async () => {
    const response = await app.api('GET', '/coverage?month=2026-03', { token: tokens.leader });
    expect(response.status).toBe(200);
    const pair = (unitId: string) => response.body.items.find((i: { supervisorId: string; unitId: string }) => i.supervisorId === 's-01' && i.unitId === unitId);
    expect(pair('u-001')).toMatchObject({ visits: 1, met: true });
    expect(pair('u-002')).toMatchObject({ visits: 0, met: false });
    expect(response.body.schoolsWithoutVisits.map((s: { unitId: string }) => s.unitId)).toContain('u-002');
    expect((await app.api('GET', '/coverage?month=2026-13', { token: tokens.leader })).status).toBe(400);
  });

  it('lists bulletins for coordinators and public ones for anyone', async () => {
    const internal = await app.api('GET', '/bulletins', { token: tokens.coordinator });
    expect(internal.body.items[0]).toMatchObject({ title: '三月通报', status: 'published', scope: 'public' });
    const published = await app.api('GET', '/public/bulletins');
    expect(published.status).toBe(200);
    expect(published.body.items[0]).toMatchObject({ title: '三月通报' });
    expect((await app.api('GET', '/bulletins', { token: tokens.unit001 })).status).toBe(403);
  });

  it('keeps the dashboard answering while issue-aggregation is rebuilt, then serves the new generation', async () => {
    const seeded = await seedIssueEvents(app.service.eventStore, 2000, 8, Date.UTC(2026, 5, 1)); // deadlines in June: the clock stays quiet
    const before = await eventually(async () => {
      const r = await app.api('GET', '/dashboard', { token: tokens.leader });
      return r.body.total === 2 + seeded.issues ? r.body : null;
    }, 15_000, 'the dashboard to count the seeded issues');
    const polls: string[] = [];
    let rebuilding = true;
    const poller = (async () => {
      while (rebuilding) {
        const r = await app.api('GET', '/dashboard', { token: tokens.leader });
        polls.push(r.status === 200 && r.body.total === before.total ? 'ok' : `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      }
    })();
    const progress = await rebuildProjection({ pool: app.service.pool, store: app.service.eventStore }, findProjection('issue-aggregation')!, { batchSize: 500, restart: true });
    rebuilding = false;
    await poller;
    expect(progress).toMatchObject({ done: true, generation: 2 });
    expect(polls.length).toBeGreaterThan(3);
    expect(polls.filter((poll) => poll !== 'ok')).toEqual([]);
    const after = await app.api('GET', '/dashboard', { token: tokens.leader });
    expect({ ...after.body, asOf: null }).toEqual({ ...before, asOf: null });
    const health = await app.api('GET', '/health');
    expect(health.body.checks.projections.detail.find((p: { name: string }) => p.name === 'issue-aggregation')).toMatchObject({ generation: 2, rebuilding: null });
  }, 40_000);
});
