import { ManualClock } from '@app/application';
import { verifyChain, type RecordedEvent } from '@app/event-store';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/**
 * Demo history (DESIGN §5): a recent semester sent through the real command path on a simulated clock — every state of
 * the loop, overdue and escalated orders, bulletins, an accountability decision — every stream verifying, the same
 * history from the same anchor, and nothing seeded twice on restart.
 */
describe('demo history', () => {
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DEMO_HISTORY: '1', LOG_LEVEL: 'warn' } });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  /** Every event, stream by stream (the stream reads are the record; no log-order visibility involved). */
  const allEvents = async (target: TestApp) => {
    const streams = (await target.service.pool.query(`SELECT DISTINCT stream FROM es_events`)).rows as { stream: string }[];
    const events: RecordedEvent[] = [];
    for (const { stream } of streams) events.push(...(await target.service.eventStore.readStream(stream)));
    return events;
  };
  const run = async (target: TestApp) =>
    (await target.service.pool.query(`SELECT steps, refused, duration_ms, finished_at FROM demo_history_runs WHERE name = 'semester-v1'`)).rows[0] as {
      steps: number; refused: number; duration_ms: number; finished_at: Date | null;
    };

  it('seeds a semester through the command path, every command accepted, every stream verifying', async () => {
    const seeded = await run(app);
    expect(seeded.finished_at).not.toBeNull();
    expect(seeded.refused).toBe(0);
    expect(seeded.steps).toBeGreaterThan(300);
    console.log(`demo history: ${seeded.steps} commands in ${seeded.duration_ms} ms`); // eslint-disable-line no-console
    const events = await allEvents(app);
    const byStream = new Map<string, RecordedEvent[]>();
    for (const event of events) byStream.set(event.stream, [...(byStream.get(event.stream) ?? []), event]);
    for (const [stream, list] of byStream) expect([stream, verifyChain(stream, list.sort((a, b) => a.version - b.version)).valid]).toEqual([stream, true]);
    const types = new Set(events.map((e) => e.type));
    for (const type of ['VisitRecorded', 'IssueRegistered', 'RectificationOrdered', 'RectificationDueSoon', 'RectificationOverdue', 'ReminderIssued',
      'ExtensionRequested', 'ExtensionDecided', 'RectificationReported', 'RecheckConducted', 'AccountabilityDecided', 'BulletinPublished', 'ResultReported',
      'IssueClosed', 'LookBackConducted', 'IssueWithdrawn', 'NumberAssigned']) {
      expect([type, types.has(type)]).toEqual([type, true]);
    }
    // simulated, not today's: every seeded event lies before the anchor
    expect(events.filter((e) => e.metadata.correlationId === 'demo-history').every((e) => e.recordedAt < clock.now())).toBe(true);
  });

  it('shows every state to the people who work with it', async () => {
    const leader = await app.login('leader');
    let issues: { status: string; number: string }[] = [];
    for (let i = 0; i < 200 && issues.length < 28; i++) {
      issues = (await app.api('GET', '/issues?pageSize=100', { token: leader })).body.items;
      if (issues.length < 28) await new Promise((r) => setTimeout(r, 100));
    }
    expect(new Set(issues.map((i) => i.status))).toEqual(new Set(['open', 'rectifying', 'awaiting_recheck', 'rectified', 'closed', 'withdrawn']));
    expect(issues.every((i) => /^示范县督问〔2026〕\d+号$/.test(i.number))).toBe(true);
    const overdue = (await app.api('GET', '/overdue', { token: leader })).body;
    expect(overdue.total).toBeGreaterThanOrEqual(3);
    expect(overdue.items.some((i: { reminderLevel: string }) => i.reminderLevel === 'supervise')).toBe(true);
    const bulletins = (await app.api('GET', '/bulletins', { token: await app.login('coordinator') })).body.items as { status: string }[];
    expect(bulletins.map((b) => b.status).sort()).toEqual(['draft', 'published', 'published']);
  });

  it('is deterministic and idempotent: a resumed run lands nothing twice, a fresh database gets the same semester', async () => {
    const demo = (list: RecordedEvent[]) => list.filter((e) => e.metadata.correlationId === 'demo-history');
    const seeded = demo(await allEvents(app));
    // as if the first run had crashed before it was recorded finished: the next start runs every step again
    await app.service.pool.query(`UPDATE demo_history_runs SET finished_at = NULL`);
    await app.service.stop();
    const restarted = await startTestApp({ clock, env: { DEMO_HISTORY: '1' }, database: app.database });
    try {
      expect((await run(restarted)).refused).toBe(0);
      expect(demo(await allEvents(restarted)).length).toBe(seeded.length);
      const fresh = await startTestApp({ clock, env: { DEMO_HISTORY: '1' } });
      try {
        const shape = (list: RecordedEvent[]) => list.map((e) => `${e.stream}#${e.version}:${e.type}@${e.recordedAt}`).sort();
        expect(shape(demo(await allEvents(fresh)))).toEqual(shape(seeded));
      } finally {
        await fresh.stop();
      }
    } finally {
      await restarted.stop();
      app = { ...app, stop: async () => app.database.drop() };
    }
  }, 180_000); // two more semesters seeded (a restart and a fresh database): minutes on a loaded machine
});
