import type { Pool } from 'pg';
import { createPool } from '@app/database/create-pool';
import { supervisorStream } from '@app/domain';
import type { ReadStreamOptions, RecordedEvent } from '@app/event-store';
import { PostgresEventStore } from '@app/event-store/postgres';
import type { RegistryRepository } from '@app/registry';
import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import { StreamConflictsOfInterest } from './stream-conflicts-of-interest';

/** A store that counts the stream reads, to tell a kept fold from a read. */
class CountingStore extends PostgresEventStore {
  reads = 0;
  override readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.reads += 1;
    return super.readStream(stream, options);
  }
}

const registry = {} as RegistryRepository; // only asked for a user's supervisor id, which these calls pass
const by = { by: 'u-coordinator', at: '2026-06-01T00:00:00.000Z' };
let commands = 0;

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('declared conflicts of interest kept per process (PostgreSQL announcements)', () => {
  let database: TestDatabase;
  let pools: Pool[];
  let writer: PostgresEventStore;
  let store: CountingStore;
  let conflicts: StreamConflictsOfInterest;

  const declare = (supervisorId: string, unitId: string, type = 'ConflictDeclared') =>
    writer.append(supervisorStream(supervisorId), [{ type, data: { ...by, unitId, reason: '亲属任职' } }], {
      expectedVersion: 'any',
      metadata: { commandId: `c-${++commands}`, correlationId: 'test', causationId: null, actor: { id: 'u-coordinator', role: 'coordinator' }, recordedAt: by.at },
    });
  const unitsOf = async (supervisorId: string) => (await conflicts.conflictsOfSupervisors([supervisorId]))[supervisorId] ?? [];
  /** Asks until an answer needs no read: announcements are arriving and the fold is kept. */
  const kept = async (supervisorId: string) => {
    await eventually(async () => { const before = store.reads; await unitsOf(supervisorId); return store.reads - before; }, (reads) => reads === 0);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    pools = [createPool(database.url, 4), createPool(database.url, 4)];
    writer = new PostgresEventStore(pools[0]);
    store = new CountingStore(pools[1]);
    conflicts = new StreamConflictsOfInterest(store, registry);
  });
  afterAll(async () => {
    conflicts?.onModuleDestroy();
    await store?.close();
    await writer?.close();
    for (const pool of pools ?? []) await pool.end();
    await database?.drop();
  });

  it('keeps a fold while announcements arrive and drops it when another process declares a conflict', async () => {
    await declare('s-1', 'u-001');
    expect(await unitsOf('s-1')).toEqual(['u-001']);
    await kept('s-1');
    const reads = store.reads;
    expect(await unitsOf('s-1')).toEqual(['u-001']);
    expect(store.reads).toBe(reads); // answered from memory
    await declare('s-1', 'u-002'); // "another process": a store of its own, another connection
    expect(await eventually(() => unitsOf('s-1'), (units) => units.length === 2)).toEqual(['u-001', 'u-002']);
    await declare('s-1', 'u-001', 'ConflictWithdrawn');
    expect(await eventually(() => unitsOf('s-1'), (units) => units.length === 1)).toEqual(['u-002']);
  });

  it("drops a supervisor's fold at once when this process records on the stream (changed), before any announcement", async () => {
    await declare('s-2', 'u-003');
    await unitsOf('s-2');
    await kept('s-2');
    await declare('s-2', 'u-004');
    conflicts.changed('s-2');
    expect(await unitsOf('s-2')).toEqual(['u-003', 'u-004']);
  });

  it('reads every time while the announcement connection is down, and misses nothing declared meanwhile', async () => {
    await unitsOf('s-3');
    await kept('s-3');
    await pools[0].query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'`);
    await declare('s-3', 'u-005'); // its announcement may reach nobody
    expect(await eventually(() => unitsOf('s-3'), (units) => units.length === 1, 3_000)).toEqual(['u-005']);
    await kept('s-3'); // reconnected: kept again
    await declare('s-3', 'u-006');
    expect(await eventually(() => unitsOf('s-3'), (units) => units.length === 2)).toEqual(['u-005', 'u-006']);
  });

  it('keeps nothing for a store that announces nothing', async () => {
    const quiet = new CountingStore(pools[1]);
    Object.defineProperty(quiet, 'watchStreams', { value: undefined });
    const plain = new StreamConflictsOfInterest(quiet, registry);
    await plain.conflictsOfSupervisors(['s-1']);
    await plain.conflictsOfSupervisors(['s-1']);
    expect(quiet.reads).toBe(2);
  });
});
