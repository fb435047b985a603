import { Client } from 'pg';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import { eventually, registerIssue } from './read-side.helpers';

/**
 * GET /health says `degraded` (HTTP 200, with the reason) when the read side stops following the log: when no
 * worker runs the projections, and when a projection has events to apply and has not advanced for
 * HEALTH_STALL_SECONDS (30 s by default; 2 s here).
 */
describe('health: degraded read side', () => {
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');

  describe('without a worker', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ clock, env: { WORKER_IN_PROCESS: '0' } });
    });
    afterAll(async () => {
      await app?.stop();
    });

    it('is degraded, naming the missing worker, while events wait unapplied', async () => {
      const sup = await app.login('sup01');
      for (let i = 0; i < 4; i++) await registerIssue(app, sup);
      const health = await app.api('GET', '/health');
      expect(health.status).toBe(200);
      expect(health.body.status).toBe('degraded');
      expect(health.body.reasons).toEqual([expect.stringContaining('no worker runs the projections')]);
      // The events wait unapplied (counted once the log's readers may see them).
      await eventually(async () => {
        const detail = (await app.api('GET', '/health')).body.checks.projections.detail as { name: string; lagEvents: number }[];
        return detail.find((p) => p.name === 'issue-summary')!.lagEvents >= 4;
      }, 10_000, 'the unapplied events in the lag');
    });
  });

  describe('with a worker', () => {
    let app: TestApp;
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
      app = await startTestApp({ clock, database, env: { HEALTH_STALL_SECONDS: '2', PROJECTION_POLL_INTERVAL_MS: '20' } });
    });
    afterAll(async () => {
      await app?.stop();
      await database?.drop();
    });

    it('is ok while the projections follow, degraded once one has stalled for the threshold, and ok again after', async () => {
      const sup = await app.login('sup01');
      await registerIssue(app, sup);
      await eventually(async () => (await app.api('GET', '/health')).body.status === 'ok', 5000, 'health ok');

      // Hold the alerts projection's lock (as a worker stuck in a batch would): it cannot advance.
      const holder = new Client({ connectionString: database.url });
      await holder.connect();
      try {
        await holder.query(`SELECT pg_advisory_lock(7220100, hashtext('projection:alerts'))`);
        await registerIssue(app, sup);
        const first = await app.api('GET', '/health');
        expect(first.body.status).toBe('ok'); // behind, but not yet for long: a moment's lag is normal
        const degraded = await eventually(async () => {
          const health = await app.api('GET', '/health');
          return health.body.status === 'degraded' ? health : null;
        }, 8000, 'health degraded');
        expect(degraded.status).toBe(200);
        expect(degraded.body.reasons).toEqual([expect.stringMatching(/^projection alerts has \d+ events to apply and has not advanced for \d+ s$/)]);
      } finally {
        await holder.query(`SELECT pg_advisory_unlock(7220100, hashtext('projection:alerts'))`);
        await holder.end();
      }
      await eventually(async () => (await app.api('GET', '/health')).body.status === 'ok', 8000, 'health ok again');
    });
  });
});
