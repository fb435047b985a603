import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import type { INestApplicationContext } from '@nestjs/common';
import type { Pool } from 'pg';
import { createPool } from '@app/database';
import { ExecuteIssueCommand, InfrastructureModule, ManualClock, RegisterIssueCommand } from '@app/application';
import { loadConfig } from '@app/config';
import { PostgresEventStore } from '@app/event-store/postgres';
import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { eventually } from './read-side.helpers';

const ISSUES = 40;

describe('read side: two workers and restarts never fire one deadline twice', () => {
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');
  let database: TestDatabase;
  let pool: Pool;
  const workers: INestApplicationContext[] = [];

  const startWorker = async () => {
    const config = loadConfig({ DATABASE_URL: database.url, DEMO: '0', LOG_LEVEL: 'error', DEADLINE_SCAN_INTERVAL_MS: '100', PROJECTION_POLL_INTERVAL_MS: '20', DATABASE_POOL_SIZE: '6' });
    const workerPool = createPool(database.url, 6);
    const context = await NestFactory.createApplicationContext(
      { module: class TestWorker {}, imports: [InfrastructureModule.forRoot({ config, pool: workerPool, eventStore: new PostgresEventStore(workerPool), clock }), WorkerModule] },
      { logger: ['error'] },
    );
    await context.init();
    const stop = context.close.bind(context);
    Object.assign(context, {
      close: async () => {
        try {
          await stop();
        } finally {
          await workerPool.end();
        }
      },
    });
    workers.push(context);
    return context;
  };
  const count = async (type: string, extra = '') =>
    (await pool.query(`SELECT stream, count(*)::int AS n FROM es_events WHERE type = $1 ${extra} GROUP BY stream`, [type])).rows as { n: number }[];

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = createPool(database.url, 2);
  });
  afterAll(async () => {
    for (const worker of workers) await worker.close().catch(() => undefined);
    await pool?.end();
    await database?.drop();
  });

  it('marks each order overdue once and escalates once, with both workers scanning and one restarting', async () => {
    const a = await startWorker();
    await startWorker();
    const commands = a.get(CommandBus);
    const actor = { id: 'user-sup01', role: 'supervisor' as const, regionId: 'r-demo-county', supervisorId: 's-01' };
    const envelope = () => ({ commandId: randomUUID(), fingerprint: 'x', actor, correlationId: 'test', causationId: null });
    for (let i = 0; i < ISSUES; i++) {
      const issueId = randomUUID();
      await commands.execute(new RegisterIssueCommand({ type: 'RegisterIssue', issueId, unitId: 'u-001', category: 'safety', severity: 'general', safetyHazard: false, title: `t${i}`, description: 'd', source: { kind: 'visit' }, evidence: [] }, envelope()));
      const deadline = new Date(Date.parse(clock.now()) + 2_000 + i * 10).toISOString();
      await commands.execute(new ExecuteIssueCommand(issueId, { type: 'OrderRectification', requirements: 'r', deadline: { kind: 'explicit', deadline } }, envelope()));
    }
    clock.advance(10_000);
    await eventually(async () => (await count('ReminderIssued')).length === ISSUES, 30_000, 'every urge');

    await workers[0].close(); // a restart while the other keeps scanning
    workers.shift();
    await startWorker();
    clock.set('2026-03-10T02:00:00.000Z');
    await eventually(async () => (await count('ReminderIssued', `AND data->>'level' = 'supervise'`)).length === ISSUES, 30_000, 'every supervise');
    await new Promise((resolve) => setTimeout(resolve, 500)); // more scans by both

    const overdue = await count('RectificationOverdue');
    expect(overdue).toHaveLength(ISSUES);
    expect(overdue.every((row) => row.n === 1)).toBe(true);
    // due soon fires at most once (the clock moved past some deadlines before a scan saw them due soon)
    expect((await count('RectificationDueSoon')).every((row) => row.n === 1)).toBe(true);
    const reminders = await count('ReminderIssued');
    expect(reminders.every((row) => row.n === 2)).toBe(true);
  }, 150_000); // three worker start-ups, each with every clock and process manager: slow on a loaded machine
});
