import { randomUUID } from 'node:crypto';
import { Client, type Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import { createPool } from '@app/database/create-pool';
import { metadataFor } from '../contract/event-store.contract';
import type { RecordedEvent } from '../event-store.port';
import { PostgresEventStore } from './postgres-event-store';

/**
 * DESIGN §2, second half: nothing but an append to this event store still in flight holds a reader back.
 * (The first half — no reader skips a late commit — is postgres-no-skip.int-spec.ts.)
 */
describe('PostgreSQL event store: only appends in flight hold readers back', () => {
  const POLL_MS = 100;
  let database: TestDatabase;
  let elsewhere: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  const open: Client[] = [];

  beforeAll(async () => {
    [database, elsewhere] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    pool = createPool(database.url, 10);
    store = new PostgresEventStore(pool);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map(async (client) => { await client.query('ROLLBACK').catch(() => undefined); await client.end(); }));
  });
  afterAll(async () => {
    await pool.end();
    await Promise.all([database.drop(), elsewhere.drop()]);
  });

  /** A session with a transaction left open after `statements`; returns its transaction id (0 if none yet). */
  async function leaveOpen(url: string, statements: string[]): Promise<{ client: Client; xid: bigint }> {
    const client = new Client({ connectionString: url });
    await client.connect();
    open.push(client);
    await client.query('BEGIN');
    for (const statement of statements) await client.query(statement);
    // _if_assigned: asking for the id would assign one, and an append must be the first write of its transaction.
    const xid = BigInt((await client.query(`SELECT coalesce(pg_current_xact_id_if_assigned()::text, '0') AS x`)).rows[0].x);
    return { client, xid };
  }

  /** The old rule read only below the cluster's oldest running transaction: would it hide an event of tx `txId`? */
  async function oldRuleHides(txId: bigint): Promise<boolean> {
    const xmin = BigInt((await pool.query('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS x')).rows[0].x);
    return txId >= xmin;
  }

  /** Subscribes from the head, appends one event, and says how long the subscriber took to see it. */
  async function deliveryLatency(): Promise<{ ms: number; event: RecordedEvent }> {
    const after = await store.headPosition();
    const stream = `issue-${randomUUID()}`;
    let seen: (value: RecordedEvent) => void = () => undefined;
    const delivered = new Promise<RecordedEvent>((resolve) => { seen = resolve; });
    const subscription = store.subscribe(async (events) => {
      const mine = events.find((e) => e.stream === stream);
      if (mine) seen(mine);
    }, { after, pollIntervalMs: POLL_MS, streamPrefixes: ['issue-'] });
    try {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS * 1.5)); // the subscriber is idle, sleeping
      const started = performance.now();
      await store.append(stream, [{ type: 'Written', data: {} }], { expectedVersion: 0, metadata: metadataFor() });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), 10_000); });
      const event = await Promise.race([delivered, timeout]);
      clearTimeout(timer);
      if (!event) throw new Error('the subscriber never saw the event while the other transaction stayed open');
      return { ms: performance.now() - started, event };
    } finally {
      await subscription.stop();
    }
  }

  it('an open transaction in another database of the cluster does not delay a subscriber', async () => {
    const blocker = await leaveOpen(elsewhere.url, ['CREATE TEMP TABLE t (x int)']);
    const { ms, event } = await deliveryLatency();
    // The test proves something only if the old cluster-wide horizon would have held this event back.
    expect(await oldRuleHides(BigInt(event.position.split(':')[0]))).toBe(true);
    expect(blocker.xid).toBeGreaterThan(0n);
    // Within one poll interval plus the time a loaded machine takes for two statements.
    expect(ms).toBeLessThan(POLL_MS + 400);
  });

  it('an open transaction on another table of the same database does not delay a subscriber', async () => {
    await leaveOpen(database.url, ['CREATE TABLE IF NOT EXISTS unrelated (x int)', 'INSERT INTO unrelated VALUES (1)']);
    const { ms, event } = await deliveryLatency();
    expect(await oldRuleHides(BigInt(event.position.split(':')[0]))).toBe(true);
    expect(ms).toBeLessThan(POLL_MS + 400);
  });

  it('an append still in flight holds readers back until it commits, then both are read in order', async () => {
    const from = await store.headPosition();
    const late = await leaveOpen(database.url, []);
    await late.client.query(
      `INSERT INTO es_events (stream, version, type, data, metadata, command_id, recorded_at, hash, prev_hash)
       VALUES ($1, 1, 'Written', '{}', $2, $3, now(), 'h', 'p')`,
      [`issue-${randomUUID()}`, JSON.stringify(metadataFor()), randomUUID()],
    );
    const laterStream = `issue-${randomUUID()}`;
    await store.append(laterStream, [{ type: 'Written', data: {} }], { expectedVersion: 0, metadata: metadataFor() });

    // The committed event has a higher transaction id than the one in flight: reading it now could skip the other.
    expect((await store.readAll({ after: from, limit: 10 })).events).toEqual([]);
    expect(await store.headPosition()).toEqual(from);

    await late.client.query('COMMIT');
    const read = await store.readAll({ after: from, limit: 10 });
    expect(read.events.map((e) => e.stream)).toHaveLength(2);
    expect(read.events[1].stream).toBe(laterStream);
  });

  it('refuses an append in a transaction that wrote something else first (its id could be behind a reader)', async () => {
    const session = await leaveOpen(database.url, ['CREATE TABLE IF NOT EXISTS unrelated2 (x int)', 'INSERT INTO unrelated2 VALUES (1)']);
    await expect(
      session.client.query(
        `INSERT INTO es_events (stream, version, type, data, metadata, command_id, recorded_at, hash, prev_hash)
         VALUES ('issue-x', 1, 'Written', '{}', '{}', 'c', now(), 'h', 'p')`,
      ),
    ).rejects.toMatchObject({ code: '55000' });
  });

  it('a version conflict does not cost a pooled connection', async () => {
    const stream = `issue-${randomUUID()}`;
    await store.append(stream, [{ type: 'Written', data: {} }], { expectedVersion: 0, metadata: metadataFor() });
    const other = new PostgresEventStore(pool);
    await other.readStream(stream); // `other` now knows the head at version 1 and will chain onto it
    await store.append(stream, [{ type: 'Written', data: {} }], { expectedVersion: 1, metadata: metadataFor() });
    let connected = 0;
    const count = () => { connected++; };
    pool.on('connect', count);
    try {
      for (let i = 0; i < 20; i++) {
        await other.readStream(stream); // `other` learns the head...
        await store.append(stream, [{ type: 'Written', data: { i } }], { expectedVersion: 2 + i, metadata: metadataFor() });
        // ...and chains onto it one version stale: the conflict is found by the INSERT itself.
        await expect(other.append(stream, [{ type: 'Lost', data: {} }], { expectedVersion: 2 + i, metadata: metadataFor() })).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
        // The same with several events at once (no ON CONFLICT there: the pooled client is released cleanly).
        await other.readStream(stream);
        await store.append(stream, [{ type: 'Written', data: { i } }], { expectedVersion: 3 + i, metadata: metadataFor() });
        await expect(other.append(stream, [{ type: 'Lost', data: {} }, { type: 'Lost', data: {} }], { expectedVersion: 3 + i, metadata: metadataFor() })).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
        i++;
      }
    } finally {
      pool.off('connect', count);
    }
    expect(connected).toBe(0);
  });
});
