import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/** The complaint clock on the working-day calendar: reminds 3 working days before the deadline, records overdue after it. */
describe('complaint clock', () => {
  let app: TestApp;
  let coordinator: string;
  // Monday 1 June 2026; 15 working days (端午 Fri 19 June is a holiday) end Tuesday 23 June.
  const clock = new ManualClock('2026-06-01T02:00:00.000Z');

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DEADLINE_SCAN_INTERVAL_MS: '100', PROJECTION_POLL_INTERVAL_MS: '20' } });
    coordinator = await app.login('coordinator');
  });
  afterAll(async () => {
    await app?.stop();
  });

  const eventually = async <T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    for (let i = 0; i < 100; i++) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return read();
  };

  it('marks due soon from the third working day before the deadline, then overdue once past it', async () => {
    const made = await app.api('POST', '/complaints', { token: coordinator, body: { unitId: 'u-001', channel: 'mailbox', summary: '时钟测试', anonymous: true } });
    expect(made.status).toBe(201);
    const read = async () => (await app.api('GET', `/complaints/${made.body.id}`, { token: coordinator })).body;
    const fresh = await eventually(read, (c) => c.complaintId === made.body.id);
    expect(fresh.verifyBy).toBe('2026-06-23T15:59:59.000Z');

    clock.set('2026-06-16T08:00:00.000Z'); // Tue 16 June: 4 working days before — too early
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await read()).toMatchObject({ dueSoon: false, overdue: false });

    clock.set('2026-06-16T16:30:00.000Z'); // Wed 17 June 00:30 Shanghai: 3 working days before (19 June is a holiday)
    expect(await eventually(read, (c) => c.dueSoon)).toMatchObject({ dueSoon: true, overdue: false, version: 3 });

    clock.set('2026-06-23T15:59:59.000Z'); // the last second of the deadline: not yet overdue
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await read()).overdue).toBe(false);

    clock.set('2026-06-23T16:00:01.000Z');
    expect(await eventually(read, (c) => c.overdue)).toMatchObject({ overdue: true, version: 4, status: 'assigned' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await read()).version).toBe(4); // recorded once, however many scans
  });
});
