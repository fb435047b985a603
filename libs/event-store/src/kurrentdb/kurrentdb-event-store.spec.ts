/**
 * The KurrentDB adapter's own logic (idempotency, the chain, races, paging, the resubscribe loop) run
 * against an in-memory FAKE of the client. This is NOT the KurrentDB contract run — that needs a server
 * (kurrentdb-event-store.int-spec.ts, skipped by name without KURRENTDB_URL). The fake mimics the server
 * behaviour the adapter relies on: stream-state checks, id-based dedup of a repeated append, inclusive
 * `fromPosition` for reads, exclusive for subscriptions, server-side filters, and positions beyond 2^53.
 */
import { Readable } from 'node:stream';
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type KurrentDBClient,
} from '@kurrent/kurrentdb-client';
import { describeEventStoreContract, metadataFor, waitFor } from '../contract/event-store.contract';
import type { RecordedEvent } from '../event-store.port';
import { KurrentDbEventStore } from './kurrentdb-event-store';

interface FakeRecord {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  data: unknown;
  metadata: unknown;
  isJson: true;
  created: Date;
  position: { commit: bigint; prepare: bigint };
}
type Pos = { commit: bigint; prepare: bigint };
type FilterLike = { filterOn: string; prefixes?: string[]; regex?: string } | undefined;

const cmp = (a: Pos, b: Pos) => (a.commit === b.commit ? (a.prepare < b.prepare ? -1 : a.prepare > b.prepare ? 1 : 0) : a.commit < b.commit ? -1 : 1);
const tick = () => new Promise((resolve) => setImmediate(resolve));

class FakeKurrentDb {
  readonly log: FakeRecord[] = [];
  readonly streams = new Map<string, FakeRecord[]>();
  private next = 9_007_199_254_741_000n; // positions beyond Number.MAX_SAFE_INTEGER
  private readonly live = new Set<(record: FakeRecord) => void>();
  down = false;
  subscriptionsOpened = 0;

  constructor() {
    // A system event, which the adapter must never deliver.
    this.write('$stats-node', [{ id: 'sys-1', type: '$statsCollected', data: {}, metadata: undefined }]);
  }

  private write(stream: string, events: Array<{ id: string; type: string; data: unknown; metadata: unknown }>): void {
    const records = this.streams.get(stream) ?? [];
    for (const event of events) {
      const position = { commit: this.next, prepare: this.next };
      this.next += 137n;
      const record: FakeRecord = {
        streamId: stream,
        id: event.id,
        revision: BigInt(records.length),
        type: event.type,
        data: JSON.parse(JSON.stringify(event.data)),
        metadata: event.metadata === undefined ? undefined : JSON.parse(JSON.stringify(event.metadata)),
        isJson: true,
        created: new Date(),
        position,
      };
      records.push(record);
      this.log.push(record);
      for (const listener of this.live) listener(record);
    }
    this.streams.set(stream, records);
  }

  private matches(record: FakeRecord, filter: FilterLike): boolean {
    if (!filter) return true;
    const subject = filter.filterOn === 'streamName' ? record.streamId : record.type;
    if (filter.prefixes) return filter.prefixes.some((prefix) => subject.startsWith(prefix));
    return new RegExp(filter.regex ?? '').test(subject);
  }

  client(): KurrentDBClient {
    const db = this;
    const fake = {
      async appendToStream(stream: string, events: Array<{ id: string; type: string; data: unknown; metadata: unknown }>, options: { streamState?: unknown } = {}) {
        await tick();
        if (db.down) throw new UnavailableError();
        const records = db.streams.get(stream) ?? [];
        const state = options.streamState ?? ANY;
        const current = records.length === 0 ? NO_STREAM : BigInt(records.length - 1);
        const first = state === NO_STREAM ? 0 : typeof state === 'bigint' ? Number(state) + 1 : records.length;
        // Server idempotency: the same event ids already written right after the expected state → success.
        const already = events.every((event, i) => records[first + i]?.id === event.id);
        if (already && state !== ANY) return { success: true, nextExpectedRevision: BigInt(first + events.length - 1) };
        if (state !== ANY && state !== current) {
          throw new WrongExpectedVersionError(undefined, { streamName: stream, expected: state as bigint, current });
        }
        db.write(stream, events);
        return { success: true, nextExpectedRevision: BigInt((db.streams.get(stream)?.length ?? 1) - 1) };
      },
      readStream(stream: string, options: { fromRevision?: unknown; maxCount?: number | bigint } = {}) {
        return (async function* () {
          await tick();
          if (db.down) throw new UnavailableError();
          const records = db.streams.get(stream);
          if (!records) throw new StreamNotFoundError(undefined, stream);
          const from = typeof options.fromRevision === 'bigint' ? Number(options.fromRevision) : 0;
          const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
          for (const record of records.slice(from, from + max)) yield { event: record };
        })();
      },
      readAll(options: { fromPosition?: unknown; maxCount?: number | bigint; direction?: string; filter?: FilterLike } = {}) {
        return (async function* () {
          await tick();
          if (db.down) throw new UnavailableError();
          let records = db.log.filter((record) => db.matches(record, options.filter));
          if (options.direction === BACKWARDS) {
            records = [...records].reverse();
            if (options.fromPosition !== END && options.fromPosition !== undefined) {
              records = records.filter((r) => cmp(r.position, options.fromPosition as Pos) <= 0);
            }
          } else if (options.fromPosition !== START && options.fromPosition !== undefined) {
            records = records.filter((r) => cmp(r.position, options.fromPosition as Pos) >= 0); // inclusive
          }
          for (const record of records.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER))) yield { event: record };
        })();
      },
      subscribeToAll(options: { fromPosition?: unknown; filter?: FilterLike } = {}) {
        db.subscriptionsOpened++;
        const stream = new Readable({ objectMode: true, read() {} }) as Readable & { unsubscribe(): Promise<void> };
        const push = (record: FakeRecord) => {
          if (db.matches(record, options.filter)) stream.push({ event: record });
        };
        setImmediate(() => {
          if (db.down) return stream.destroy(new UnavailableError());
          const from = options.fromPosition;
          for (const record of db.log) {
            if (from === START || from === undefined || cmp(record.position, from as Pos) > 0) push(record); // exclusive
          }
          db.live.add(push);
        });
        stream.unsubscribe = async () => {
          db.live.delete(push);
          stream.push(null);
        };
        return stream;
      },
      async dispose() {},
    };
    return fake as unknown as KurrentDBClient;
  }
}

describeEventStoreContract('KurrentDB adapter logic on an in-memory FAKE client (no server)', async () => {
  const db = new FakeKurrentDb();
  const store = new KurrentDbEventStore('kurrentdb://fake:2113?tls=false', { client: db.client(), resubscribeDelayMs: 5 });
  return { store, cleanup: () => store.close() };
});

describe('KurrentDB adapter specifics on an in-memory FAKE client', () => {
  let db: FakeKurrentDb;
  let store: KurrentDbEventStore;
  beforeEach(() => {
    db = new FakeKurrentDb();
    store = new KurrentDbEventStore('kurrentdb://fake:2113?tls=false', { client: db.client(), resubscribeDelayMs: 5 });
  });
  afterEach(() => store.close());

  it('writes deterministic event ids and the chain into the KurrentDB metadata', async () => {
    const metadata = metadataFor(undefined, { commandId: 'cmd-fixed', correlationId: 'cmd-fixed' });
    const result = await store.append('issue-a', [{ type: 'IssueRegistered', data: { title: 't' } }], { expectedVersion: 0, metadata });
    const [raw] = db.streams.get('issue-a')!;
    expect(raw.id).toBe(result.events[0].metadata.eventId);
    expect(raw.metadata).toMatchObject({ commandId: 'cmd-fixed', hash: result.events[0].hash, prevHash: result.events[0].prevHash, $correlationId: 'cmd-fixed' });
    expect(BigInt(result.position.split(':')[0])).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
  });

  it('recognises a command applied long ago (beyond the server dedup window) by reading the stream', async () => {
    const metadata = metadataFor();
    const first = await store.append('issue-b', [{ type: 'A', data: {} }], { expectedVersion: 0, metadata });
    for (let i = 1; i <= 5; i++) await store.append('issue-b', [{ type: 'B', data: { i } }], { expectedVersion: i, metadata: metadataFor() });
    const again = await store.append('issue-b', [{ type: 'A', data: {} }], { expectedVersion: 0, metadata });
    expect(again).toMatchObject({ replayed: true, version: 1, position: first.position });
    expect(db.streams.get('issue-b')).toHaveLength(6);
  });

  it('never delivers system events, and maps an unreachable server to EventStoreUnavailableError', async () => {
    await store.append('issue-c', [{ type: 'A', data: {} }], { expectedVersion: 0, metadata: metadataFor() });
    const all = await store.readAll({ limit: 10 });
    expect(all.events.map((e) => e.stream)).toEqual(['issue-c']);
    db.down = true;
    await expect(store.readStream('issue-c')).rejects.toMatchObject({ code: 'EVENT_STORE_UNAVAILABLE' });
    await expect(store.append('issue-c', [{ type: 'B', data: {} }], { expectedVersion: 1, metadata: metadataFor() })).rejects.toMatchObject({
      code: 'EVENT_STORE_UNAVAILABLE',
    });
  });

  it('resubscribes from its checkpoint after a failing handler, redelivering the failed batch only', async () => {
    await store.append('issue-d', [{ type: 'A', data: {} }], { expectedVersion: 0, metadata: metadataFor() });
    const received: RecordedEvent[] = [];
    const errors: unknown[] = [];
    let failOnce = true;
    const subscription = store.subscribe(
      async (events) => {
        if (failOnce && events.some((e) => e.type === 'B')) {
          failOnce = false;
          throw new Error('projection failed');
        }
        received.push(...events);
      },
      { after: null, streamPrefixes: ['issue-'], onError: (error) => errors.push(error) },
    );
    await waitFor(() => received.length === 1);
    await store.append('issue-d', [{ type: 'B', data: {} }], { expectedVersion: 1, metadata: metadataFor() });
    await waitFor(() => received.length === 2);
    await store.append('visit-x', [{ type: 'V', data: {} }], { expectedVersion: 0, metadata: metadataFor() });
    await store.append('issue-d', [{ type: 'C', data: {} }], { expectedVersion: 2, metadata: metadataFor() });
    await waitFor(() => received.length === 3);
    await subscription.stop();
    expect(received.map((e) => e.type)).toEqual(['A', 'B', 'C']);
    expect(errors).toHaveLength(1);
    expect(db.subscriptionsOpened).toBeGreaterThanOrEqual(2);
  });

  it('keeps retrying to subscribe while the server is down and catches up when it is back', async () => {
    await store.append('issue-e', [{ type: 'A', data: {} }], { expectedVersion: 0, metadata: metadataFor() });
    db.down = true;
    const errors: unknown[] = [];
    const received: RecordedEvent[] = [];
    const subscription = store.subscribe(async (events) => void received.push(...events), { after: null, onError: (e) => errors.push(e) });
    await waitFor(() => errors.length >= 2);
    expect(errors[0]).toMatchObject({ code: 'EVENT_STORE_UNAVAILABLE' });
    db.down = false;
    await waitFor(() => received.length === 1, 5_000);
    await subscription.stop();
    expect(received[0].stream).toBe('issue-e');
  });
});
