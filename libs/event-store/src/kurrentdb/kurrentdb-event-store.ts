/**
 * The KurrentDB/EventStoreDB adapter of the event-store port (DESIGN §2, §7), selected with
 * `EVENT_STORE=kurrentdb` and `KURRENTDB_URL=kurrentdb://…`. See docs/event-stores.md.
 *
 * - Streams keep the names the domain gives them (`issue-<id>`, `bulletin-<id>`, `visit-<id>`).
 * - Optimistic concurrency through the client's `streamState` (our version n ↔ revision n - 1).
 * - Idempotency: event ids are derived from the command id, so the server recognises a retried append;
 *   because the server only deduplicates *recent* appends, the adapter first reads the stream and looks
 *   for the command id itself (a replay appends nothing and returns the first append's result).
 * - The hash chain: before appending, the adapter reads the stream's last event and chains from its
 *   hash; the append then requires the stream to still be at the revision that was read, so the chain
 *   cannot fork even with `expectedVersion: 'any'` (a lost race is retried).
 * - Positions: `{commit, prepare}` encoded as one opaque, sortable, bigint-safe string.
 * - Subscriptions: catch-up subscriptions to `$all`, filtered by stream prefix server-side, resumed from
 *   the last delivered position by an explicit resubscribe loop after any drop or handler failure.
 */
import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  NO_STREAM,
  START,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type AppendStreamState,
  type Filter,
  type JSONType,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import { randomUUID } from 'node:crypto';
import { EventStoreUnavailableError, IdempotencyKeyReusedError, ConcurrencyConflictError } from '../event-store.errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port';
import { eventHash, genesisHash } from '../hash-chain';
import {
  comparePositions,
  decodePosition,
  describeError,
  deterministicEventId,
  encodePosition,
  eventMetadataOf,
  expectedVersionToStreamState,
  fromStoredMetadata,
  isStoredMetadata,
  isStreamNotFound,
  isSystemStream,
  isUnavailable,
  isWrongExpectedVersion,
  mapClientError,
  redactConnectionString,
  toRecordedEvent,
  toStoredMetadata,
  versionToRevision,
  type KurrentRecordLike,
  type LogPosition,
} from './kurrentdb-mapping';

export interface KurrentDbEventStoreOptions {
  /** How long `connect` waits for the reachability check (ms). Default 3000. */
  connectTimeoutMs?: number;
  /** How often an append that lost a race under `expectedVersion: 'any'` is retried. Default 5. */
  maxAppendRetries?: number;
  /** First delay before a dropped subscription is re-established (ms); doubles up to 30 s. Default 250. */
  resubscribeDelayMs?: number;
  /** A ready client to use instead of one made from the connection string (tests). */
  client?: KurrentDBClient;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 3_000;
const DEFAULT_BATCH_SIZE = 100;
const MAX_RESUBSCRIBE_DELAY_MS = 30_000;
/** How many filtered-out events the server may skip before it must send a checkpoint (×32 server-side). */
const FILTER_CHECKPOINT_INTERVAL = 1;

class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`no answer within ${ms} ms (${what})`)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function sleep(ms: number, signal: { aborted: boolean; wake?: () => void }): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.wake = undefined;
      resolve();
    }
    signal.wake = done;
  });
}

/** The server filter for a `$all` read or subscription. */
function allFilter(prefixes: string[] | undefined): Filter {
  if (prefixes && prefixes.length > 0) {
    return streamNameFilter({ prefixes, checkpointInterval: FILTER_CHECKPOINT_INTERVAL });
  }
  return excludeSystemEvents({ checkpointInterval: FILTER_CHECKPOINT_INTERVAL });
}

function matchesPrefixes(stream: string, prefixes: string[] | undefined): boolean {
  return !prefixes || prefixes.length === 0 || prefixes.some((prefix) => stream.startsWith(prefix));
}

/**
 * One `$all` record → a port event, or null when it is not one of ours (system streams, link events,
 * or events some other application wrote into the same database).
 */
function fromAllRecord(resolved: AllStreamResolvedEvent | ResolvedEvent, prefixes?: string[]): RecordedEvent | null {
  const record = resolved.event as KurrentRecordLike | undefined;
  if (!record || isSystemStream(record.streamId) || record.type.startsWith('$')) return null;
  if (!matchesPrefixes(record.streamId, prefixes)) return null;
  if (!record.isJson || !isStoredMetadata(record.metadata)) return null;
  return toRecordedEvent(record);
}

export class KurrentDbEventStore implements EventStore {
  private readonly client: KurrentDBClient;
  private readonly subscriptions = new Set<KurrentSubscription>();
  private closed = false;

  constructor(
    readonly connectionString: string,
    private readonly options: KurrentDbEventStoreOptions = {},
  ) {
    if (options.client) {
      this.client = options.client;
      return;
    }
    try {
      this.client = KurrentDBClient.connectionString(connectionString);
    } catch (error) {
      throw new EventStoreUnavailableError(
        `KurrentDB connection string is invalid (${redactConnectionString(connectionString)}): ${describeError(error)}`,
      );
    }
  }

  /**
   * Creates the adapter and proves the server answers (a one-event backwards read of `$all` under a short
   * deadline). Fails fast with EventStoreUnavailableError("KurrentDB is not reachable at <url>: …").
   */
  static async connect(url: string, options: KurrentDbEventStoreOptions = {}): Promise<KurrentDbEventStore> {
    if (!url || !url.trim()) {
      throw new EventStoreUnavailableError(
        'KurrentDB is not configured: set KURRENTDB_URL (e.g. kurrentdb://localhost:2113?tls=false) when EVENT_STORE=kurrentdb',
      );
    }
    const store = new KurrentDbEventStore(url, options);
    try {
      await store.ping(options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS);
      return store;
    } catch (error) {
      await store.close().catch(() => undefined);
      throw new EventStoreUnavailableError(
        `KurrentDB is not reachable at ${redactConnectionString(url)}: ${describeError(error)}`,
      );
    }
  }

  /** Reads the newest record of `$all` under a deadline; resolves when the server answered. */
  async ping(timeoutMs: number = DEFAULT_CONNECT_TIMEOUT_MS): Promise<void> {
    const read = (async () => {
      for await (const _ of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) {
        break;
      }
    })();
    read.catch(() => undefined); // a late rejection after the timeout must not become unhandled
    await withTimeout(read, timeoutMs, 'reading $all');
  }

  // ───────────────────────────── append ─────────────────────────────

  async append(stream: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    const { expectedVersion, metadata: appendMetadata } = options;
    expectedVersionToStreamState(expectedVersion); // validates
    const maxRetries = this.options.maxAppendRetries ?? 5;

    for (let attempt = 0; ; attempt++) {
      const existing = await this.readStored(stream);

      // Idempotency: this command was already applied to this stream → return the first result.
      const previous = existing.filter((stored) => stored.event.metadata.commandId === appendMetadata.commandId);
      if (previous.length > 0) return replayResult(stream, previous, options);

      const currentVersion = existing.length;
      if (expectedVersion !== 'any' && expectedVersion !== currentVersion) {
        throw new ConcurrencyConflictError(stream, expectedVersion, currentVersion);
      }
      if (events.length === 0) {
        const position =
          existing[existing.length - 1]?.event.position ??
          (await this.headPosition()) ??
          encodePosition({ commit: 0n, prepare: 0n });
        return { stream, version: currentVersion, position, replayed: false, events: [] };
      }

      // The chain continues from the last event read; the append requires the stream to still be there.
      let prevHash = existing.length > 0 ? existing[existing.length - 1].event.hash : genesisHash(stream);
      const appendId = randomUUID();
      const eventData = events.map((event, index) => {
        const metadata = eventMetadataOf({
          ...appendMetadata,
          eventId: deterministicEventId(stream, appendMetadata.commandId, index),
        });
        // Hash exactly what a reader will get back: the data after its JSON round trip.
        const data = jsonRoundTrip(event.data);
        const hash = eventHash(prevHash, event.type, data, metadata);
        const stored = toStoredMetadata(metadata, { hash, prevHash, appendId });
        prevHash = hash;
        return jsonEvent({
          id: metadata.eventId,
          type: event.type,
          data: data as JSONType,
          metadata: stored as unknown as JSONType,
        });
      });
      const streamState: AppendStreamState = currentVersion === 0 ? NO_STREAM : versionToRevision(currentVersion);

      try {
        await this.client.appendToStream(stream, eventData, { streamState, requiresLeader: true });
      } catch (error) {
        if (isWrongExpectedVersion(error)) {
          // Someone appended between our read and our write. Re-read: it may have been this very command
          // (a concurrent duplicate → replay), a real conflict, or — under 'any' — a race to retry.
          if (expectedVersion === 'any' && attempt < maxRetries) continue;
          const reread = await this.readStored(stream);
          const mine = reread.filter((stored) => stored.event.metadata.commandId === appendMetadata.commandId);
          if (mine.length > 0) return replayResult(stream, mine, options);
          throw new ConcurrencyConflictError(stream, expectedVersion, reread.length);
        }
        throw mapClientError(error, stream, expectedVersion);
      }

      // Read the appended events back: exact per-event positions, and proof of what was stored (the
      // server acknowledges an identical-id append it already has as a success without writing again).
      const written = await this.readStored(stream, { fromVersion: currentVersion + 1, count: events.length });
      const expectedIds = eventData.map((event) => event.id);
      const storedIds = written.map((stored) => stored.event.metadata.eventId);
      if (storedIds.length !== expectedIds.length || storedIds.some((id, i) => id !== expectedIds[i])) {
        throw new Error(`append to ${stream} was acknowledged but the stored events do not match (ids ${storedIds.join(',')})`);
      }
      if (written.some((stored) => stored.appendId !== appendId)) {
        // A concurrent request with the same command id won the race with identical ids.
        return replayResult(stream, written, options);
      }
      const recorded = written.map((stored) => stored.event);
      const last = recorded[recorded.length - 1];
      return { stream, version: last.version, position: last.position, replayed: false, events: recorded };
    }
  }

  // ───────────────────────────── reads ─────────────────────────────

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return (await this.readStored(stream, options)).map((stored) => stored.event);
  }

  /** Reads a stream, keeping what the port's RecordedEvent has no slot for (the append attempt id). */
  private async readStored(
    stream: string,
    options: ReadStreamOptions & { fromVersion?: number; count?: number } = {},
  ): Promise<StoredEvent[]> {
    this.assertOpen();
    const fromVersion = options.fromVersion ?? 1;
    let maxCount: number | undefined = options.count;
    if (options.toVersion !== undefined) {
      const upTo = options.toVersion - fromVersion + 1;
      if (upTo <= 0) return [];
      maxCount = maxCount === undefined ? upTo : Math.min(maxCount, upTo);
    }
    const until = options.until !== undefined ? Date.parse(options.until) : undefined;
    if (until !== undefined && Number.isNaN(until)) throw new RangeError(`until is not an instant: ${options.until}`);

    const events: StoredEvent[] = [];
    try {
      const reader = this.client.readStream(stream, {
        direction: FORWARDS,
        fromRevision: fromVersion <= 1 ? START : versionToRevision(fromVersion),
        ...(maxCount !== undefined ? { maxCount } : {}),
        requiresLeader: true,
      });
      for await (const resolved of reader) {
        const record = resolved.event as KurrentRecordLike | undefined;
        if (!record) continue;
        const event = toRecordedEvent(record, commitFallback(resolved));
        if (until !== undefined && Date.parse(event.recordedAt) > until) continue;
        events.push({ event, appendId: fromStoredMetadata(record.metadata).appendId });
      }
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw mapClientError(error, stream, 'any');
    }
    return events;
  }

  async readAll(options: ReadAllOptions): Promise<ReadAllResult> {
    this.assertOpen();
    const limit = Math.max(0, Math.floor(options.limit));
    const after = options.after ?? null;
    if (limit === 0) return { events: [], next: after };
    const prefixes = options.streamPrefixes;
    const events: RecordedEvent[] = [];
    let from: typeof START | LogPosition = after === null ? START : decodePosition(after);
    // `fromPosition` is inclusive and the server filter may let foreign records through, so read pages
    // until `limit` of our events were collected or the log ends.
    for (;;) {
      const pageSize = limit - events.length + 1;
      let seen = 0;
      let lastSeen: Position | null = null;
      try {
        for await (const resolved of this.client.readAll({
          direction: FORWARDS,
          fromPosition: from,
          maxCount: pageSize,
          filter: allFilter(prefixes),
        })) {
          seen++;
          const record = resolved.event;
          if (!record?.position) continue;
          const position = encodePosition(record.position);
          lastSeen = position;
          if (after !== null && comparePositions(position, after) <= 0) continue;
          if (events.length > 0 && comparePositions(position, events[events.length - 1].position) <= 0) continue;
          const event = fromAllRecord(resolved, prefixes);
          if (event) events.push(event);
          if (events.length >= limit) break;
        }
      } catch (error) {
        throw mapClientError(error, '$all', 'any');
      }
      if (events.length >= limit || seen < pageSize || lastSeen === null) break;
      if (from !== START && comparePositions(lastSeen, encodePosition(from)) <= 0) break;
      from = decodePosition(lastSeen);
    }
    return { events, next: events.length > 0 ? events[events.length - 1].position : after };
  }

  async headPosition(): Promise<Position | null> {
    this.assertOpen();
    try {
      for await (const resolved of this.client.readAll({
        direction: BACKWARDS,
        fromPosition: END,
        maxCount: 1,
        filter: allFilter(undefined),
      })) {
        const position = resolved.event?.position;
        if (position) return encodePosition(position);
      }
    } catch (error) {
      throw mapClientError(error, '$all', 'any');
    }
    return null;
  }

  comparePositions(a: Position, b: Position): number {
    return comparePositions(a, b);
  }

  // ───────────────────────────── subscriptions ─────────────────────────────

  subscribe(handler: SubscriptionHandler, options: SubscribeOptions): Subscription {
    this.assertOpen();
    const subscription = new KurrentSubscription(this.client, handler, options, this.options.resubscribeDelayMs ?? 250, () =>
      this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreUnavailableError('the KurrentDB event store was closed');
  }
}

function jsonRoundTrip(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

interface StoredEvent {
  event: RecordedEvent;
  /** Which append attempt wrote the event (see StoredMetadata.appendId). */
  appendId: string | null;
}

/**
 * The answer to a command id already applied to the stream: the first append's result, unless the
 * caller's fingerprint differs from the stored one (the same key with another body is refused).
 */
function replayResult(stream: string, previous: StoredEvent[], options: AppendOptions): AppendResult {
  const stored = previous[0].event.metadata.commandFingerprint ?? null;
  const given = options.metadata.commandFingerprint ?? null;
  if (given !== null && stored !== null && given !== stored) {
    throw new IdempotencyKeyReusedError(stream, options.metadata.commandId);
  }
  const events = previous.map((entry) => entry.event);
  const last = events[events.length - 1];
  return { stream, version: last.version, position: last.position, replayed: true, events };
}

function commitFallback(resolved: ResolvedEvent): { commit: bigint; prepare: bigint } | undefined {
  return resolved.commitPosition !== undefined
    ? { commit: resolved.commitPosition, prepare: resolved.commitPosition }
    : undefined;
}

/**
 * A catch-up subscription to `$all` with an explicit resubscribe loop. The checkpoint is the position of
 * the last event the handler accepted; a dropped connection or a failing handler leads to a new
 * subscription from that checkpoint (so a failed batch is delivered again — handlers are idempotent).
 */
class KurrentSubscription implements Subscription {
  private readonly signal: { aborted: boolean; wake?: () => void } = { aborted: false };
  private current: AllStreamSubscription | null = null;
  private checkpoint: Position | null;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: KurrentDBClient,
    private readonly handler: SubscriptionHandler,
    private readonly options: SubscribeOptions,
    private readonly baseDelayMs: number,
    private readonly onStopped: () => void,
  ) {
    this.checkpoint = options.after ?? null;
  }

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    if (this.signal.aborted) return this.loop;
    this.signal.aborted = true;
    this.signal.wake?.();
    const current = this.current;
    this.current = null;
    await current?.unsubscribe().catch(() => undefined);
    await this.loop;
    this.onStopped();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.signal.aborted) {
      try {
        const delivered = await this.consume();
        if (delivered) failures = 0;
        if (this.signal.aborted) break;
        // The server ended the subscription without an error (e.g. a leader change): resubscribe.
      } catch (error) {
        if (this.signal.aborted) break;
        failures++;
        this.options.onError?.(error);
      }
      const delay = Math.min(this.baseDelayMs * 2 ** Math.max(0, failures - 1), MAX_RESUBSCRIBE_DELAY_MS);
      await sleep(delay, this.signal);
    }
  }

  /** One subscription's lifetime; resolves when it ends, rejects when it or the handler fails. */
  private async consume(): Promise<boolean> {
    const prefixes = this.options.streamPrefixes;
    const batchSize = Math.max(1, this.options.batchSize ?? DEFAULT_BATCH_SIZE);
    const subscription = this.client.subscribeToAll({
      fromPosition: this.checkpoint === null ? START : decodePosition(this.checkpoint),
      filter: allFilter(prefixes),
    });
    this.current = subscription;
    let delivered = false;
    let batch: RecordedEvent[] = [];

    const flush = async () => {
      if (batch.length === 0) return;
      const events = batch;
      batch = [];
      await this.handler(events);
      this.checkpoint = events[events.length - 1].position;
      delivered = true;
    };

    try {
      for await (const resolved of subscription) {
        if (this.signal.aborted) break;
        const position = resolved.event?.position;
        if (position) {
          const encoded = encodePosition(position);
          const last = batch.length > 0 ? batch[batch.length - 1].position : this.checkpoint;
          // `fromPosition` may be inclusive depending on the server; never deliver an event twice.
          if (last === null || comparePositions(encoded, last) > 0) {
            const event = fromAllRecord(resolved, prefixes);
            if (event) batch.push(event);
          }
        }
        // Deliver when the batch is full or nothing more is buffered right now (the live tail).
        if (batch.length >= batchSize || subscription.readableLength === 0) await flush();
      }
      if (!this.signal.aborted) await flush();
    } catch (error) {
      if (this.signal.aborted) return delivered;
      throw isUnavailable(error) ? new EventStoreUnavailableError(`KurrentDB subscription dropped: ${describeError(error)}`) : error;
    } finally {
      if (this.current === subscription) this.current = null;
      await subscription.unsubscribe().catch(() => undefined);
    }
    return delivered;
  }
}
