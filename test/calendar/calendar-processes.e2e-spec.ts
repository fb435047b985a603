import { ManualClock } from '@app/application';
import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/**
 * A publication reaches every process: an api process that did not publish computes with the new year within
 * CALENDAR_REFRESH_MS, and the recompute process manager, started after the publication, resumes from its
 * checkpoint and recomputes exactly once.
 */
describe('the calendar across processes', () => {
  let database: TestDatabase;
  const clock = new ManualClock('2026-11-30T02:00:00.000Z');
  const env = { CALENDAR_REFRESH_MS: '200', PROJECTION_POLL_INTERVAL_MS: '20' };
  const year2027 = {
    holidays: [{ date: '2027-01-01', name: '元旦' }, { date: '2027-01-04', name: '测试假日' }, { date: '2027-02-05', name: '春节' }],
    workdays: [],
    source: { title: '测试用2027年放假安排（非官方）', docNo: 'TEST-2027-P', publishedOn: '2026-11-30' },
  };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  const order = async (app: TestApp, token: string) => {
    const issue = await app.api('POST', '/issues', {
      token, body: { unitId: 'u-001', category: 'safety', severity: 'general', title: '护栏松动', description: '—', source: { kind: 'visit' } },
    });
    expect(issue.status).toBe(201);
    clock.advance(1000);
    expect((await app.api('POST', `/issues/${issue.body.id}/rectification-orders`, { token, body: { requirements: '加固', workingDays: 40 } })).status).toBe(200);
    return issue.body.id as string;
  };
  const events = async (app: TestApp, token: string, id: string) =>
    (await app.api('GET', `/issues/${id}/history`, { token })).body.events as { type: string; data: Record<string, any> }[]; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('reaches an api process that did not publish, and a worker started after the publication', async () => {
    const publisher = await startTestApp({ database, clock, env: { ...env, WORKER_IN_PROCESS: 'false' } });
    const other = await startTestApp({ database, clock, env: { ...env, WORKER_IN_PROCESS: 'false' } });
    let worker: TestApp | null = null;
    try {
      const sup = await other.login('sup01');
      const provisional = await order(other, sup);
      expect((await events(other, sup, provisional)).find((e) => e.type === 'RectificationOrdered')?.data.deadlineRule.provisional).toBe(true);
      expect((await publisher.api('PUT', '/calendar/years/2027', { token: await publisher.login('admin'), body: year2027 })).status).toBe(200);

      await new Promise((resolve) => setTimeout(resolve, 400)); // > CALENDAR_REFRESH_MS: the other process re-reads the stream
      const official = await order(other, sup);
      expect((await events(other, sup, official)).find((e) => e.type === 'RectificationOrdered')?.data.deadlineRule).toMatchObject({ provisional: false });
      // no worker ran yet: nothing was recomputed
      expect((await events(other, sup, provisional)).map((e) => e.type)).not.toContain('DeadlineRecomputed');

      for (let restart = 0; restart < 2; restart++) {
        worker = await startTestApp({ database, clock, env });
        for (let i = 0; i < 200 && !(await events(worker, sup, provisional)).some((e) => e.type === 'DeadlineRecomputed'); i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
        const recomputed = (await events(worker, sup, provisional)).filter((e) => e.type === 'DeadlineRecomputed');
        expect(recomputed).toHaveLength(1); // once, across restarts
        expect(recomputed[0].data).toMatchObject({ previousDeadline: '2027-01-26T15:59:59.000Z', deadline: '2027-01-27T15:59:59.000Z' });
        expect((await events(worker, sup, official)).map((e) => e.type)).not.toContain('DeadlineRecomputed');
        await worker.stop();
        worker = null;
      }
    } finally {
      await worker?.stop();
      await other.stop();
      await publisher.stop();
    }
  });
});
