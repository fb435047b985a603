import { ManualClock } from '@app/application';
import { drawSample } from '@app/domain';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/**
 * 回头看 over HTTP (DESIGN §3.9): a major issue's look-back scheduled on closing; a quarter's random sample drawn with a
 * recorded seed, re-drawn by the auditor from the seed and the recorded population, each sampled issue scheduled;
 * a report left unrechecked 10 working days raises an alert and dates the inbox item.
 */
describe('look-backs over HTTP', () => {
  let app: TestApp;
  let sup: string;
  let unit: string;
  let coordinator: string;
  let auditor: string;
  // Monday 5 January 2026, 10:00 Shanghai.
  const clock = new ManualClock('2026-01-05T02:00:00.000Z');

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DEADLINE_SCAN_INTERVAL_MS: '100', PROJECTION_POLL_INTERVAL_MS: '20' } });
    [sup, unit, coordinator, auditor] = await Promise.all(['sup01', 'unit001', 'coordinator', 'auditor'].map((u) => app.login(u)));
  });
  afterAll(async () => {
    await app?.stop();
  });

  const post = async (path: string, token: string, body: object) => {
    const response = await app.api('POST', path, { token, body });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const history = async (id: string) => (await app.api('GET', `/issues/${id}/history`, { token: auditor })).body.events as { type: string; data: Record<string, unknown> }[];
  const eventually = async <T>(read: () => Promise<T | undefined | null>, what: string): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const value = await read();
      if (value) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`never: ${what}`);
  };
  const reported = async (severity: string, title: string) => {
    const { id } = await post('/issues', sup, { unitId: 'u-001', category: 'safety', severity, title, description: '回头看测试', source: { kind: 'visit' } });
    await post(`/issues/${id}/rectification-orders`, sup, { requirements: '整改', workingDays: 5 });
    await post(`/issues/${id}/rectification-reports`, unit, { measures: '已整改' });
    return id as string;
  };
  const closeAll = async (ids: string[]) => {
    for (const id of ids) await post(`/issues/${id}/rechecks`, sup, { method: 'on_site', outcome: 'passed', findings: '合格' });
    const bulletin = await post('/bulletins', coordinator, { title: '整改情况通报', issueIds: ids });
    await post(`/bulletins/${bulletin.id}/publish`, coordinator, { scope: 'internal' });
    for (const id of ids) await eventually(async () => (await history(id)).some((e) => e.type === 'ResultReported'), `result of ${id}`);
    for (const id of ids) await post(`/issues/${id}/close`, sup, {});
  };

  it('schedules a major issue’s look-back 3 months after closing; draws, re-draws and schedules a quarter’s sample', async () => {
    const general = [];
    for (let i = 0; i < 5; i++) general.push(await reported(i % 2 ? 'general' : 'serious', `一般问题${i}`));
    const major = await reported('major', '重大安全隐患');
    clock.set('2026-01-08T02:00:00.000Z');
    await closeAll([...general, major]);
    const majorEvents = await history(major);
    expect(majorEvents.slice(-2).map((e) => e.type)).toEqual(['IssueClosed', 'LookBackScheduled']);
    expect(majorEvents.at(-1)!.data).toMatchObject({ reason: 'major_issue', dueAt: '2026-04-08T15:59:59.000Z' });

    // too early: the quarter has not ended
    expect((await app.api('POST', '/look-back-samples', { token: coordinator, body: { quarter: '2026Q1' } })).body.code).toBe('QUARTER_INVALID');
    clock.set('2026-04-02T02:00:00.000Z');
    // the population is what the issue summary shows when drawing (and is recorded): let it catch up with the closes
    await eventually(async () => (await app.api('GET', '/issues?status=closed&pageSize=50', { token: coordinator })).body.total >= 6, 'closed issues in the summary');
    const drawn = await app.api('POST', '/look-back-samples', { token: coordinator, body: { quarter: '2026Q1', rate: 0.4, seed: 'audit-seed-1' } });
    expect(drawn.status).toBe(201);
    expect(drawn.body.id).toBe('r-demo-county-2026Q1');
    expect((await app.api('POST', '/look-back-samples', { token: coordinator, body: { quarter: '2026Q1' } })).body.code).toBe('ALREADY_EXISTS');

    const sample = await app.api('GET', '/look-back-samples/r-demo-county-2026Q1', { token: auditor });
    expect(sample.status).toBe(200);
    expect(sample.body).toMatchObject({ quarter: '2026Q1', rate: 0.4, seed: 'audit-seed-1', algorithm: 'fnv1a32-mulberry32-fisher-yates/v1', populationSize: 5 });
    expect([...sample.body.population].sort()).toEqual([...general].sort()); // closed general/serious of the quarter; the major one is not sampled
    expect(sample.body.sample).toHaveLength(2);
    // the auditor re-draws the same sample from the recorded seed and population
    expect(drawSample(sample.body.population, 0.4, 'audit-seed-1')).toEqual(sample.body.sample);
    expect(sample.body.redrawn).toEqual(sample.body.sample);

    for (const id of sample.body.sample as string[]) {
      const scheduled = await eventually(async () => (await history(id)).find((e) => e.type === 'LookBackScheduled'), `look-back of ${id}`);
      expect(scheduled.data).toMatchObject({ reason: 'sampled', sampleId: 'lookback-r-demo-county-2026Q1', dueAt: '2026-06-30T15:59:59.000Z' });
    }
    const notSampled = general.filter((id) => !sample.body.sample.includes(id));
    expect((await history(notSampled[0])).some((e) => e.type === 'LookBackScheduled')).toBe(false);
    // the inbox shows the due look-backs
    const inbox = await eventually(async () => {
      const body = (await app.api('GET', '/inbox?kind=lookBack&pageSize=50', { token: sup })).body;
      return body.items.length >= 3 ? body : null;
    }, 'look-backs in the inbox');
    expect(inbox.items.map((i: { subjectId: string }) => i.subjectId).sort()).toEqual([...sample.body.sample, major].sort());
    expect((await app.api('GET', '/look-back-samples/r-demo-county-2026Q1', { token: await app.login('leaderb') })).status).toBe(404);

    // a look-back done, one relapsed: the summary counts done, due and the relapse rate
    await post(`/issues/${major}/look-backs`, coordinator, { outcome: 'relapsed', findings: '隐患复现' });
    const [sampled] = sample.body.sample as string[];
    const last = await post(`/issues/${sampled}/look-backs`, coordinator, { outcome: 'sustained', findings: '未反弹' });
    const figures = { due: 1, overdue: 0, done: 2, relapsed: 1, relapseRate: 0.5 };
    expect((await app.api('GET', `/look-back-samples?minPosition=${last.position}`, { token: coordinator })).body).toEqual(figures);
    // the dashboard shows the same figures, from the same maintained counters
    expect((await app.api('GET', `/dashboard?minPosition=${last.position}`, { token: coordinator })).body.lookBacks).toEqual(figures);
    expect((await app.api('GET', '/look-back-samples', { token: await app.login('leaderb') })).body).toMatchObject({ due: 0, done: 0, relapseRate: null });
  });

  it('a report unrechecked for 10 working days raises an alert and dates the recheck in the inbox', async () => {
    clock.set('2026-05-06T02:00:00.000Z'); // Wed 6 May 2026; 10 working days later (9 May is a make-up workday) is Tue 19 May
    const id = await reported('general', '复查超期测试');
    clock.set('2026-05-19T15:00:00.000Z');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await history(id)).some((e) => e.type === 'RecheckOverdue')).toBe(false);
    clock.set('2026-05-19T16:30:00.000Z');
    const late = await eventually(async () => (await history(id)).find((e) => e.type === 'RecheckOverdue'), 'RecheckOverdue');
    expect(late.data).toMatchObject({ orderNo: 1, dueBy: '2026-05-19T15:59:59.000Z' });
    const alert = await eventually(async () => ((await app.api('GET', `/alerts?kind=recheck_overdue&issueId=${id}`, { token: coordinator })).body.items ?? [])[0], 'the alert');
    expect(alert).toMatchObject({ kind: 'recheck_overdue', issueId: id });
    const item = await eventually(async () => ((await app.api('GET', '/inbox?kind=recheck&pageSize=200', { token: coordinator })).body.items as { subjectId: string; dueAt: string | null }[]).find((i) => i.subjectId === id && i.dueAt), 'dated recheck');
    expect(item.dueAt).toBe('2026-05-19T15:59:59.000Z');
    // the recheck ends the alert
    await post(`/issues/${id}/rechecks`, sup, { method: 'on_site', outcome: 'passed', findings: '合格' });
    await eventually(async () => ((await app.api('GET', `/alerts?kind=recheck_overdue&issueId=${id}&state=resolved`, { token: coordinator })).body.items ?? [])[0], 'resolved alert');
    expect((await history(id)).filter((e) => e.type === 'RecheckOverdue')).toHaveLength(1);
  });
});
