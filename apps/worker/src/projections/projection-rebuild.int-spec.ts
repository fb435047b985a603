import type { Pool } from 'pg';
import { createPool } from '@app/database/create-pool';
import { PostgresEventStore } from '@app/event-store/postgres';
import { findProjection } from '@app/projections';
import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import { ensureCheckpoint } from './projection-checkpoints';
import { projectBatch } from './projection-batch';
import { rebuildProjection } from './projection-rebuild';
import { randomIssueLog, seededRandom } from './testing/random-issue-log';

/** A rebuild replays into tables without secondary indexes and builds them once at the end, before the switch. */
describe('projection rebuild: secondary indexes built after the replay', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  const projection = findProjection('issue-summary')!;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = createPool(database.url, 6);
    store = new PostgresEventStore(pool);
    const units = (await pool.query(`SELECT id, region_id AS "regionId" FROM registry_units LIMIT 5`)).rows;
    const log = randomIssueLog(seededRandom(5), { issues: 300, units, categories: ['safety', 'teaching'], start: Date.UTC(2026, 0, 1), months: 3 });
    for (const event of log) {
      await store.append(event.stream, [{ type: event.type, data: event.data }], {
        expectedVersion: event.version - 1,
        metadata: { commandId: event.metadata.commandId, correlationId: 'c', causationId: null, actor: { id: 'x', role: 'system' }, recordedAt: event.recordedAt },
      });
    }
    await ensureCheckpoint(pool, projection);
    while (!(await projectBatch({ pool, store }, projection, 'live', 500)).caughtUp) { /* catch up */ }
  }, 60_000);
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  const shapes = async (table: string) =>
    (await pool.query(
      `SELECT i.indisunique OR i.indisprimary AS keyed, substr(pg_get_indexdef(i.indexrelid), strpos(pg_get_indexdef(i.indexrelid), ' USING ')) AS shape
         FROM pg_index i WHERE i.indrelid = to_regclass($1) ORDER BY 2`,
      [table],
    )).rows as { keyed: boolean; shape: string }[];
  const rows = async (table: string) => (await pool.query(`SELECT * FROM ${table} ORDER BY 1, 2, 3`)).rows;

  it('replays without them, builds the same set before switching, and a resumed rebuild still ends with all of them', async () => {
    const before = { summary: await shapes('issue_summary_g1'), counts: await shapes('issue_summary_counts_g1') };
    const content = { summary: await rows('issue_summary'), counts: await rows('issue_summary_counts') };
    expect(before.summary.filter((s) => !s.keyed).length).toBeGreaterThanOrEqual(6);

    let batches = 0;
    const stopped = await rebuildProjection({ pool, store }, projection, { batchSize: 200, shouldStop: () => ++batches > 2 });
    expect(stopped.done).toBe(false);
    // While replaying: only the keys the upserts need.
    expect((await shapes(`issue_summary_g${stopped.generation}`)).every((s) => s.keyed)).toBe(true);

    const done = await rebuildProjection({ pool, store }, projection, { batchSize: 200 });
    expect(done).toMatchObject({ done: true, generation: stopped.generation });
    expect(await shapes(`issue_summary_g${done.generation}`)).toEqual(before.summary);
    expect(await shapes(`issue_summary_counts_g${done.generation}`)).toEqual(before.counts);
    expect(await rows('issue_summary')).toEqual(content.summary);
    expect(await rows('issue_summary_counts')).toEqual(content.counts);
  }, 60_000);
});
