import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { eventually, registerIssue } from './read-side.helpers';

/** 按期整改率: on time = reported on or before the deadline in force, by the deadline's Shanghai month, never a future month. */
describe('dashboard on-time rate', () => {
  let app: TestApp;
  const clock = new ManualClock('2026-05-04T02:00:00.000Z');
  const token: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ clock });
    for (const user of ['sup01', 'unit001', 'leader']) token[user] = await app.login(user);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const post = async (user: string, path: string, body: object) => {
    const response = await app.api('POST', path, { token: token[user], body });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { position: string };
  };
  const orderedIssue = async (deadline: string) => {
    const { id } = await registerIssue(app, token.sup01, 'u-001', { severity: 'general' });
    await post('sup01', `/issues/${id}/rectification-orders`, { requirements: '整改', deadline });
    return id;
  };
  const report = (id: string) => post('unit001', `/issues/${id}/rectification-reports`, { measures: '已整改' });

  it('counts reports on or before the deadline in force, under the deadline\'s month, and no month ahead', async () => {
    const onTime = await orderedIssue('2026-05-08T23:59:59+08:00');
    const extended = await orderedIssue('2026-05-08T23:59:59+08:00');
    const late = await orderedIssue('2026-05-08T23:59:59+08:00');
    const early = await orderedIssue('2026-06-10T23:59:59+08:00');
    const never = await orderedIssue('2026-05-12T23:59:59+08:00');
    await post('unit001', `/issues/${extended}/extension-requests`, { proposedDeadline: '2026-05-20T23:59:59+08:00', reason: '采购' });
    await post('sup01', `/issues/${extended}/extension-decisions`, { approved: true });
    clock.set('2026-05-06T02:00:00Z');
    await report(onTime);
    clock.set('2026-05-11T02:00:00Z');
    await report(late);
    clock.set('2026-05-12T02:00:00Z');
    await report(early);
    clock.set('2026-05-15T02:00:00Z');
    const last = await report(extended);
    clock.set('2026-05-25T02:00:00Z');
    void never;

    const dashboard = await eventually(async () => {
      const answer = await app.api('GET', `/dashboard?minPosition=${last.position}`, { token: token.leader });
      return answer.body.ordersDue === 4 ? answer.body : null;
    }, 20_000, 'four orders due');
    expect(dashboard).toMatchObject({ ordersDue: 4, ordersRectifiedOnTime: 2, onTimeRectificationRate: 0.5 });
    expect(dashboard.byMonth.map((m: { month: string }) => m.month)).toEqual(['2026-05']);
    expect(dashboard.byMonth[0]).toMatchObject({ month: '2026-05', ordersDue: 4, ordersOnTime: 2, onTimeRate: 0.5 });

    // June began: the early report counts now, in June
    clock.set('2026-06-02T02:00:00Z');
    const june = (await app.api('GET', '/dashboard', { token: token.leader })).body;
    expect(june.byMonth.map((m: { month: string; ordersOnTime: number }) => [m.month, m.ordersOnTime])).toEqual([['2026-05', 2], ['2026-06', 1]]);

    // a date range (a semester) narrows by the deadline
    const range = (await app.api('GET', '/dashboard?from=2026-06-01T00:00:00%2B08:00&to=2026-09-01T00:00:00%2B08:00', { token: token.leader })).body;
    expect(range).toMatchObject({ ordersDue: 1, ordersRectifiedOnTime: 1 });
  });
});
