import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { createPool } from '@app/database/create-pool';
import type { EventStore, ReadStreamOptions, RecordedEvent } from '@app/event-store';
import { PostgresEventStore } from '@app/event-store/postgres';
import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import type { CommandEnvelope } from './command-envelope';
import { loadConfig } from '@app/config';
import { ManualClock } from './infrastructure/clock';
import { PersonalDataVault } from './personal-data/personal-data.vault';
import { StreamCommandRunner, type StreamDecision } from './stream-command-runner';

interface Tally { total: number; entries: string[] }
type Added = { type: 'Added'; data: { by: string; amount: number } };

/** A stream that only grows, and refuses a command that would take it past a limit (a refusal decided on state). */
function tally(stream: string, by: string, amount: number, limit = Infinity): StreamDecision<Tally, Added> {
  return {
    stream,
    id: stream,
    initial: { total: 0, entries: [] },
    evolve: (state, event) => ({ total: state.total + event.data.amount, entries: [...state.entries, `${event.data.by}:${event.data.amount}`] }),
    decide: (state) => {
      if (state.total + amount > limit) throw new Error('over the limit');
      return [{ type: 'Added', data: { by, amount } }];
    },
  };
}

const envelope = (commandId = randomUUID(), fingerprint = 'fp'): CommandEnvelope => ({
  commandId, fingerprint, actor: { id: 'u', role: 'supervisor' } as never, correlationId: commandId, causationId: null,
});

/**
 * Two runners on one store stand for two api processes: each decides on its cached fold, the other's writes make
 * that fold stale, and the conflict is settled on the fold caught up with the newer events (not a full re-read).
 */
describe('StreamCommandRunner: two processes writing the same stream', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let vault: PersonalDataVault;
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = createPool(database.url, 10);
    store = new PostgresEventStore(pool);
    vault = new PersonalDataVault(pool, loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test', PII_MASTER_KEY: 'c3'.repeat(32) }));
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  /** Counts the reads a runner makes, and which of them were whole-stream reads. */
  function counting(inner: EventStore, ignoreFromVersion = false) {
    const reads = { whole: 0, partial: 0 };
    const wrapped = Object.create(inner) as EventStore;
    wrapped.readStream = async (stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> => {
      if (options.fromVersion && options.fromVersion > 1 && !ignoreFromVersion) reads.partial += 1;
      else reads.whole += 1;
      return inner.readStream(stream, ignoreFromVersion ? { ...options, fromVersion: undefined } : options);
    };
    return { store: wrapped, reads };
  }

  it.each([false, true])('interleaved writers lose nothing, append in order, and catch up incrementally (adapter ignores fromVersion: %s)', async (ignore) => {
    const stream = `tally-${randomUUID()}`;
    // Each "process" has a store of its own (its own cache of stream heads), as two api processes do.
    const a = counting(new PostgresEventStore(pool), ignore);
    const b = counting(new PostgresEventStore(pool), ignore);
    const runnerA = new StreamCommandRunner(a.store, clock, vault);
    const runnerB = new StreamCommandRunner(b.store, clock, vault);
    const sent: string[] = [];
    for (let i = 0; i < 20; i++) {
      const [runner, name] = i % 3 === 0 ? [runnerB, 'b'] : [runnerA, 'a'];
      const result = await runner.run(envelope(), tally(stream, name, i));
      sent.push(`${name}:${i}`);
      expect(result.version).toBe(i + 1);
    }
    // Concurrent as well: both at once on the same stream, each retrying on the other's append.
    await Promise.all([0, 1, 2, 3].map((k) => (k % 2 ? runnerA : runnerB).run(envelope(), tally(stream, `c${k}`, 100 + k)).then(() => sent.push(`c${k}:${100 + k}`))));
    const history = await store.readStream(stream);
    expect(history.map((e) => e.version)).toEqual(history.map((_, i) => i + 1));
    expect(history.map((e) => `${(e.data as Added['data']).by}:${(e.data as Added['data']).amount}`).sort()).toEqual([...sent].sort());
    if (!ignore) {
      // After the first fold, a stale cache is caught up with the newer events only: those the conflict's answer
      // carried (no read at all) for the 13 turns of the sequential part; a read of the newer events at most when
      // the concurrent part's conflict was not yet visible to the refused statement.
      expect(a.reads.whole + b.reads.whole).toBeLessThanOrEqual(2);
      expect(a.reads.partial + b.reads.partial).toBeLessThanOrEqual(4);
    }
  });

  it("a stale writer catches up from the conflict's own answer: the other writer's events, without reading the stream", async () => {
    const stream = `tally-${randomUUID()}`;
    const a = counting(new PostgresEventStore(pool));
    const runnerA = new StreamCommandRunner(a.store, clock, vault);
    const runnerB = new StreamCommandRunner(new PostgresEventStore(pool), clock, vault);
    await runnerA.run(envelope(), tally(stream, 'a', 1));
    await runnerB.run(envelope(), tally(stream, 'b', 2));
    await runnerB.run(envelope(), tally(stream, 'b', 3));
    const reads = { ...a.reads };
    // A's fold says version 1; its append is refused, the answer brings versions 2 and 3, and A appends version 4.
    await expect(runnerA.run(envelope(), tally(stream, 'a', 4, 10))).resolves.toMatchObject({ version: 4 });
    expect(a.reads).toEqual(reads);
    // …and decides on the caught-up state: 1 + 2 + 3 + 4 = 10, so one more is refused on it.
    await expect(runnerA.run(envelope(), tally(stream, 'a', 1, 10))).rejects.toThrow('over the limit');
    expect((await store.readStream(stream)).map((e) => e.version)).toEqual([1, 2, 3, 4]);
  });

  it('decides a refusal and a replay on the caught-up fold, never on a stale one', async () => {
    const stream = `tally-${randomUUID()}`;
    const runnerA = new StreamCommandRunner(store, clock, vault);
    const runnerB = new StreamCommandRunner(store, clock, vault);
    await runnerA.run(envelope(), tally(stream, 'a', 5, 10));
    await runnerB.run(envelope(), tally(stream, 'b', 4, 10)); // total 9; A's cache still says 5
    // A's cached fold would allow 3 more (5 + 3 ≤ 10); the stream's real total (9) refuses it.
    await expect(runnerA.run(envelope(), tally(stream, 'a', 3, 10))).rejects.toThrow('over the limit');
    // A command B applied is recognised by A as a replay (and the same key with another body is refused).
    const key = randomUUID();
    const first = await runnerB.run(envelope(key), tally(stream, 'b', 1, 10));
    await expect(runnerA.run(envelope(key), tally(stream, 'b', 1, 10))).resolves.toMatchObject({ version: first.version, replayed: true });
    await expect(runnerA.run(envelope(key, 'other'), tally(stream, 'b', 1, 10))).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await store.readStream(stream)).map((e) => (e.data as Added['data']).amount)).toEqual([5, 4, 1]);
  });
});
