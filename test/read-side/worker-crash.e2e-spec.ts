import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Pool } from 'pg';
import { createPool } from '@app/database';
import { PostgresEventStore } from '@app/event-store/postgres';
import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import { eventually } from './read-side.helpers';
import { seedIssueEvents, type SeededIssues } from './seed-issue-events';

const WORKER = resolve(__dirname, '../../dist/apps/worker/src/main.js');

function startWorker(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, [WORKER], {
    env: { ...process.env, DATABASE_URL: databaseUrl, DEMO: '0', LOG_LEVEL: 'error', PROJECTION_BATCH_SIZE: '300', PROJECTION_POLL_INTERVAL_MS: '20', DEADLINE_SCAN_INTERVAL_MS: '3600000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

describe('read side: the worker is killed (SIGKILL) in the middle of a batch', () => {
  let database: TestDatabase;
  let pool: Pool;
  let seeded: SeededIssues;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build:server\` first (npm test does)`);
    database = await createTestDatabase();
    pool = createPool(database.url, 4);
    seeded = await seedIssueEvents(new PostgresEventStore(pool), 3000);
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await pool?.end();
    await database?.drop();
  });

  const applied = async (name: string) =>
    Number((await pool.query(`SELECT events_applied FROM projection_checkpoints WHERE name = $1`, [name])).rows[0]?.events_applied ?? 0);

  it('loses and doubles nothing: rows and checkpoints agree after the kill and after catching up', async () => {
    const first = startWorker(database.url);
    children.push(first);
    await eventually(async () => (await applied('issue-summary')) >= 1500, 60_000, 'the worker to be half-way');
    first.kill('SIGKILL');
    await new Promise((done) => first.once('exit', done));

    // Whatever committed is whole: the rows account for exactly the events the checkpoint says were applied.
    const [summary, overdueRows, counts] = await Promise.all([
      pool.query(`SELECT coalesce(sum(version), 0)::int AS events, count(*)::int AS n FROM issue_summary`),
      pool.query(`SELECT coalesce(sum(version), 0)::int AS events, count(*) FILTER (WHERE overdue)::int AS overdue FROM overdue_rectifications`),
      pool.query(`SELECT coalesce(sum(n), 0)::int AS n FROM overdue_rectification_counts`),
    ]);
    expect(summary.rows[0].events).toBe(await applied('issue-summary'));
    expect(summary.rows[0].n).toBeLessThan(seeded.issues);
    expect(overdueRows.rows[0].events).toBe(await applied('overdue-rectifications'));
    expect(counts.rows[0].n).toBe(overdueRows.rows[0].overdue);

    // The restarted worker (its deadline clock adds overdue marks and reminders meanwhile) catches up with the log.
    const second = startWorker(database.url);
    children.push(second);
    const logged = async () => Number((await pool.query(`SELECT count(*) FROM es_events WHERE stream LIKE 'issue-%'`)).rows[0].count);
    await eventually(async () => {
      const total = await logged();
      const names = ['issue-summary', 'overdue-rectifications', 'issue-aggregation'];
      return (await Promise.all(names.map(applied))).every((n) => n === total) && total === (await logged());
    }, 90_000, 'the restarted worker to catch up');
    second.kill('SIGTERM');
    await new Promise((done) => second.once('exit', done));

    const final = await pool.query(`
      SELECT (SELECT count(*) FROM issue_summary)::int AS summaries,
             (SELECT count(*) FROM issue_summary i JOIN (SELECT stream, max(version) AS version FROM es_events GROUP BY stream) s ON s.stream = 'issue-' || i.issue_id AND s.version = i.version)::int AS whole,
             (SELECT count(*) FROM overdue_rectifications WHERE overdue)::int AS overdue,
             (SELECT count(DISTINCT stream) FROM es_events WHERE type = 'RectificationOverdue')::int AS marked,
             (SELECT count(*) FROM es_events WHERE type = 'RectificationOverdue')::int AS marks,
             (SELECT sum(n) FROM overdue_rectification_counts)::int AS counted,
             (SELECT count(*) FROM issue_aggregation_orders)::int AS orders`);
    const { summaries, whole, overdue, marked, marks, counted, orders } = final.rows[0];
    expect({ summaries, whole, orders }).toEqual({ summaries: seeded.issues, whole: seeded.issues, orders: seeded.issues });
    expect(marks).toBe(marked); // the clock never marked an order twice across the kill
    expect(overdue).toBe(marked);
    expect(counted).toBe(overdue);
  }, 240_000);
});
