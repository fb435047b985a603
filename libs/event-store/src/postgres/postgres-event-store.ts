import { createHash, randomUUID } from 'node:crypto';
import { DatabaseError, type ClientConfig, type Pool, type QueryConfig, type QueryResult } from 'pg';
import { ConcurrencyConflictError, IdempotencyKeyReusedError } from '../event-store.errors';
import type {
  AppendMetadata,
  AppendOptions,
  AppendResult,
  EventMetadata,
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
  StreamWatch,
  StreamWatcher,
} from '../event-store.port';
import { canonicalJson, genesisHash } from '../hash-chain';
import { comparePgPositions, decodePgPosition, encodePgPosition } from './postgres-position';
import { HORIZON_SQL } from './append-horizon';
import { pollSubscription } from './poll-subscription';
import { StreamHeadCache, type StreamHead } from './stream-head-cache';
import { StreamAnnouncements } from './stream-announcements';

/** The stream ($1)'s events from the version in `from` on, as one JSON array (null when there are none, or it is null). */
const newerEvents = (from: string) => `(SELECT json_agg(json_build_object('position', e.position::text, 'tx_id', e.tx_id::text, 'version', e.version,
      'type', e.type, 'data', e.data, 'metadata', e.metadata, 'hash', e.hash, 'prev_hash', e.prev_hash) ORDER BY e.version)
    FROM es_events e WHERE e.stream = $1 AND e.version >= ${from})`;

// A refused row (a writer got to this version first, or the command is already in the stream) answers, in the same
// round trip, what the probe would: the head and whether this command is there — and the events the writer has not
// seen (from the version it wanted on), so it catches up without reading the stream again. Those reads share the
// statement's snapshot, so a conflict committed after it started is not seen: the caller then probes again (a new
// snapshot).
const APPEND_ONE = `
  WITH inserted AS (
    INSERT INTO es_events (stream, version, type, data, metadata, command_id, recorded_at, hash, prev_hash)
    SELECT $1, $4, $5, $6::jsonb, $7::jsonb, $2, $3, $8, $9
     WHERE NOT EXISTS (SELECT 1 FROM es_events e WHERE e.stream = $1 AND e.command_id = $2)
    ON CONFLICT (stream, version) DO NOTHING
    RETURNING position, tx_id)
  SELECT position, tx_id, NULL::int AS head, NULL::text AS fingerprint, NULL::boolean AS found, NULL::json AS newer FROM inserted
  UNION ALL
  SELECT NULL, NULL, (SELECT max(e.version) FROM es_events e WHERE e.stream = $1),
         (SELECT e.metadata->>'commandFingerprint' FROM es_events e WHERE e.stream = $1 AND e.command_id = $2 ORDER BY e.version LIMIT 1),
         EXISTS (SELECT 1 FROM es_events e WHERE e.stream = $1 AND e.command_id = $2),
         ${newerEvents('$4')}
   WHERE NOT EXISTS (SELECT 1 FROM inserted)`;

// No ON CONFLICT here: DO NOTHING would skip the clashing rows and insert the rest, breaking the chain.
const APPEND_MANY = `
  INSERT INTO es_events (stream, version, type, data, metadata, command_id, recorded_at, hash, prev_hash)
  SELECT $1, v.version, v.type, v.data, v.metadata, $2, $3, v.hash, v.prev_hash
    FROM unnest($4::int[], $5::text[], $6::jsonb[], $7::jsonb[], $8::text[], $9::text[]) AS v(version, type, data, metadata, hash, prev_hash)
   WHERE NOT EXISTS (SELECT 1 FROM es_events e WHERE e.stream = $1 AND e.command_id = $2)
  RETURNING position, tx_id`;

// Only transactions below the read horizon are final: no append can commit behind them later (append-horizon.ts).
const VISIBLE_AFTER = `(tx_id, position) > ($1::text::xid8, $2::bigint) AND tx_id < $4::text::xid8`;

const READ_ALL = `
  SELECT position, tx_id, stream, version, type, data, metadata, hash, prev_hash FROM es_events
   WHERE ${VISIBLE_AFTER} ORDER BY tx_id, position LIMIT $3`;

// One index scan for a filtered read: every row of the page comes back, but a row of another stream only with its
// position (data and hashes left NULL), so `next` can move past it and a reader of rare streams never rescans.
const READ_ALL_FILTERED = `
  SELECT position, tx_id, stream, version, type,
         CASE WHEN matched THEN data END AS data, CASE WHEN matched THEN metadata END AS metadata,
         CASE WHEN matched THEN hash END AS hash, CASE WHEN matched THEN prev_hash END AS prev_hash, matched
    FROM (SELECT position, tx_id, stream, version, type, data, metadata, hash, prev_hash, stream LIKE ANY ($5::text[]) AS matched
            FROM es_events WHERE ${VISIBLE_AFTER} ORDER BY tx_id, position LIMIT $3) AS page`;

// recorded_at is left out: the metadata carries the same instant, and parsing a timestamptz per row is not free.
const EVENT_COLUMNS = 'position, tx_id, stream, version, type, data, metadata, hash, prev_hash';

interface AppendRow {
  status: 'appended' | 'replayed' | 'conflict' | 'key_reused';
  version: number;
  /** on a conflict answered by the refused INSERT itself: the events from the version the writer wanted on */
  newer?: RecordedEvent[];
  tx_id: string | null;
  positions: string[] | null;
  hashes: string[] | null;
  first_prev_hash: string | null;
}

interface EventRow {
  position: string;
  tx_id: string;
  stream: string;
  version: number;
  type: string;
  data: unknown;
  metadata: EventMetadata;
  hash: string;
  prev_hash: string;
}

/** PostgreSQL prints xid8 and bigint as canonical decimals: the position is their text, no BigInt round trip. */
function position(txId: string, rowPosition: string): string {
  return `${txId}:${rowPosition}`;
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    stream: row.stream,
    version: row.version,
    position: position(row.tx_id, row.position),
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.metadata.recordedAt,
    hash: row.hash,
    prevHash: row.prev_hash,
  };
}

/** A conflict's status with the events the writer has not seen — only a whole run from the version it wanted to the head. */
function withNewer(status: AppendRow, rows: EventRow[] | null, wanted: number | undefined): AppendRow {
  if (status.status !== 'conflict' || !rows?.length || wanted === undefined) return status;
  const newer = rows.map(toRecorded);
  const whole = newer[0].version === wanted && newer[newer.length - 1].version === status.version;
  return whole ? { ...status, newer } : status;
}

/** The default adapter: one PostgreSQL database holds the log; see the migration for the ordering scheme. */
export class PostgresEventStore implements EventStore {
  private readonly heads = new StreamHeadCache();
  private announcements: StreamAnnouncements | null = null;

  constructor(private readonly pool: Pool) {}

  /**
   * pool.query hands any error to release(), which closes the connection; a version conflict (or any other error
   * the server reported on a statement of its own) leaves the connection idle and sound, so it goes back to the
   * pool. Only a failure of the connection itself discards it.
   */
  private async query(config: QueryConfig): Promise<QueryResult> {
    const client = await this.pool.connect();
    try {
      const result = await client.query(config);
      client.release();
      return result;
    } catch (error) {
      client.release(error instanceof DatabaseError ? undefined : (error as Error));
      throw error;
    }
  }

  /** Everything below this transaction id has finished appending; read it in a LATER statement (append-horizon.ts). */
  private async readHorizon(): Promise<string> {
    const result = await this.query({ name: 'es_read_horizon', text: HORIZON_SQL });
    return (result.rows[0] as { horizon: string }).horizon;
  }

  async append(stream: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const { metadata, expectedVersion } = options;
    if (events.length === 0) return this.emptyAppend(stream, options);
    const recordedMetadata: EventMetadata[] = events.map(() => ({ ...metadata, eventId: randomUUID() }));
    const payloads = events.map((event, i) => canonicalJson({ type: event.type, data: event.data, metadata: recordedMetadata[i] }));
    const head = this.knownHead(stream, expectedVersion);
    const row = await this.withConflictHandling(stream, options, () =>
      head ? this.appendAfterKnownHead(stream, events, metadata, recordedMetadata, payloads, head) : this.appendOnServer(stream, events, options, recordedMetadata, payloads),
    );
    switch (row.status) {
      case 'conflict': {
        const last = row.newer?.[row.newer.length - 1];
        if (last) this.heads.set(stream, { version: last.version, hash: last.hash });
        else this.heads.forget(stream);
        throw new ConcurrencyConflictError(stream, expectedVersion, row.version, row.newer);
      }
      case 'key_reused':
        throw new IdempotencyKeyReusedError(stream, metadata.commandId);
      case 'replayed':
        return this.replayResult(stream, metadata.commandId);
    }
    const firstVersion = row.version - events.length + 1;
    const appended: RecordedEvent[] = events.map((event, i) => ({
      stream,
      version: firstVersion + i,
      position: encodePgPosition(row.tx_id!, row.positions![i]),
      type: event.type,
      data: event.data,
      metadata: recordedMetadata[i],
      recordedAt: metadata.recordedAt,
      hash: row.hashes![i],
      prevHash: i === 0 ? row.first_prev_hash! : row.hashes![i - 1],
    }));
    const last = appended[appended.length - 1];
    this.heads.set(stream, { version: last.version, hash: last.hash });
    return { stream, version: row.version, position: last.position, replayed: false, events: appended };
  }

  /** The head a writer can chain onto without asking the server: a new stream, or one this process saw last. */
  private knownHead(stream: string, expectedVersion: AppendOptions['expectedVersion']): StreamHead | null {
    if (expectedVersion === 0) return { version: 0, hash: genesisHash(stream) };
    if (expectedVersion === 'any') return null;
    const head = this.heads.get(stream);
    return head && head.version === expectedVersion ? head : null;
  }

  /**
   * The fast path: hashes computed here, one INSERT. The (stream, version) key refuses a writer that lost a race
   * (23505), and NOT EXISTS on the command id turns a retried command into zero rows (a replay).
   */
  private async appendAfterKnownHead(stream: string, events: NewEvent[], metadata: AppendMetadata, recorded: EventMetadata[], payloads: string[], head: StreamHead): Promise<AppendRow> {
    const hashes: string[] = [];
    let prev = head.hash;
    for (const payload of payloads) {
      prev = createHash('sha256').update(prev).update(payload).digest('hex');
      hashes.push(prev);
    }
    const versions = events.map((_, i) => head.version + 1 + i);
    const prevHashes = [head.hash, ...hashes.slice(0, -1)];
    const columns = [events.map((e) => e.type), events.map((e) => JSON.stringify(e.data)), recorded.map((m) => JSON.stringify(m)), hashes, prevHashes];
    // One event (the usual command) takes plain parameters: cheaper for the server than unnest.
    const result = await this.query(
      events.length === 1
        ? { name: 'es_append_one', text: APPEND_ONE, values: [stream, metadata.commandId, metadata.recordedAt, versions[0], ...columns.map((c) => c[0])] }
        : { name: 'es_append_many', text: APPEND_MANY, values: [stream, metadata.commandId, metadata.recordedAt, versions, ...columns] },
    );
    if (events.length === 1) {
      const refused = result.rows[0] as { position: string | null; head: number | null; fingerprint: string | null; found: boolean; newer: EventRow[] | null };
      if (refused.position === null) {
        // Not visible yet (committed after this statement began): asked again in a new snapshot.
        if (!refused.found && (refused.head ?? 0) <= head.version) return this.existingCommandStatus(stream, metadata, head.version + 1);
        return withNewer({ ...this.commandStatus(refused.found, refused.fingerprint, metadata), version: refused.head ?? 0 }, refused.newer, head.version + 1);
      }
    } else if (result.rowCount === 0) {
      return this.existingCommandStatus(stream, metadata);
    }
    const rows = result.rows as { position: string; tx_id: string }[];
    return { status: 'appended', version: head.version + events.length, tx_id: rows[0].tx_id, positions: rows.map((r) => r.position), hashes, first_prev_hash: head.hash };
  }

  /** The slow path: the server reads the head, checks the command and computes the chain (es_append). */
  private async appendOnServer(stream: string, events: NewEvent[], options: AppendOptions, recorded: EventMetadata[], payloads: string[]): Promise<AppendRow> {
    const { metadata, expectedVersion } = options;
    const result = await this.query({
      name: 'es_append',
      text: 'SELECT status, version, tx_id, positions, hashes, first_prev_hash FROM es_append($1, $2, $3, $4, $5, $6::jsonb[], $7::jsonb[], $8, $9)',
      values: [
        stream,
        expectedVersion === 'any' ? -1 : expectedVersion,
        metadata.commandId,
        metadata.commandFingerprint ?? null,
        events.map((e) => e.type),
        events.map((e) => JSON.stringify(e.data)),
        recorded.map((m) => JSON.stringify(m)),
        payloads,
        metadata.recordedAt,
      ],
    });
    return result.rows[0] as AppendRow;
  }

  /** A unique violation on (stream, version) means another writer got there first: a conflict, or our own retry. */
  private async withConflictHandling(stream: string, options: AppendOptions, attempt: () => Promise<AppendRow>): Promise<AppendRow> {
    for (let tries = 1; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        if ((error as { code?: string }).code !== '23505' || tries > 10) throw error;
        this.heads.forget(stream);
        const existing = await this.existingCommandStatus(stream, options.metadata);
        if (existing.status !== 'conflict') return existing;
        // With 'any' the writer goes again on the new head; with a version it has lost the race.
        if (options.expectedVersion !== 'any') return existing;
      }
    }
  }

  /**
   * After a refused insert: was it this very command (replayed / key reused), or someone else (conflict)? Given the
   * version the writer wanted, a conflict also brings the events from it on (as APPEND_ONE's refusal does).
   */
  private async existingCommandStatus(stream: string, metadata: AppendMetadata, wanted?: number): Promise<AppendRow> {
    const result = await this.query({
      name: 'es_command_status',
      text: `SELECT (SELECT max(version) FROM es_events WHERE stream = $1) AS version,
                    (SELECT metadata->>'commandFingerprint' FROM es_events WHERE stream = $1 AND command_id = $2 ORDER BY version LIMIT 1) AS fingerprint,
                    EXISTS (SELECT 1 FROM es_events WHERE stream = $1 AND command_id = $2) AS found,
                    ${newerEvents('$3')} AS newer`,
      values: [stream, metadata.commandId, wanted ?? null],
    });
    const row = result.rows[0] as { version: number | null; fingerprint: string | null; found: boolean; newer: EventRow[] | null };
    return withNewer({ ...this.commandStatus(row.found, row.fingerprint, metadata), version: row.version ?? 0 }, row.newer, wanted);
  }

  private commandStatus(found: boolean, fingerprint: string | null, metadata: AppendMetadata): AppendRow {
    const status = !found ? 'conflict' : fingerprint === (metadata.commandFingerprint ?? null) ? 'replayed' : 'key_reused';
    return { status, version: 0, tx_id: null, positions: null, hashes: null, first_prev_hash: null };
  }

  private async emptyAppend(stream: string, options: AppendOptions): Promise<AppendResult> {
    const [last] = (await this.readStream(stream)).slice(-1);
    const version = last?.version ?? 0;
    if (options.expectedVersion !== 'any' && options.expectedVersion !== version) {
      throw new ConcurrencyConflictError(stream, options.expectedVersion, version);
    }
    return { stream, version, position: last?.position ?? '0:0', replayed: false, events: [] };
  }

  private async replayResult(stream: string, commandId: string): Promise<AppendResult> {
    const result = await this.query({
      name: 'es_read_command',
      text: `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream = $1 AND command_id = $2 ORDER BY version`,
      values: [stream, commandId],
    });
    const events = (result.rows as EventRow[]).map(toRecorded);
    const last = events[events.length - 1];
    return { stream, version: last.version, position: last.position, replayed: true, events };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const result = await this.query({
      name: 'es_read_stream',
      text: `SELECT ${EVENT_COLUMNS} FROM es_events
              WHERE stream = $1 AND ($2::int IS NULL OR version <= $2) AND ($3::timestamptz IS NULL OR recorded_at <= $3)
                AND version >= $4
              ORDER BY version`,
      values: [stream, options.toVersion ?? null, options.until ?? null, options.fromVersion ?? 1],
    });
    const events = (result.rows as EventRow[]).map(toRecorded);
    const last = events[events.length - 1];
    if (last && options.toVersion === undefined && options.until === undefined) this.heads.set(stream, { version: last.version, hash: last.hash });
    return events;
  }

  async readAll(options: ReadAllOptions): Promise<ReadAllResult> {
    const after = options.after ? decodePgPosition(options.after) : { txId: 0n, position: 0n };
    const from = [after.txId.toString(), after.position.toString(), options.limit, await this.readHorizon()];
    if (!options.streamPrefixes?.length) {
      const result = await this.query({ name: 'es_read_all', text: READ_ALL, values: from });
      const events = (result.rows as EventRow[]).map(toRecorded);
      return { events, next: events.length ? events[events.length - 1].position : (options.after ?? null) };
    }
    // Filtered: `next` moves past every row looked at, matching or not, so a reader of rare streams
    // (bulletins, say) never rescans the same stretch of the log.
    const prefixes = options.streamPrefixes.map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const result = await this.query({ name: 'es_read_all_filtered', text: READ_ALL_FILTERED, values: [...from, prefixes] });
    const rows = result.rows as (EventRow & { matched: boolean })[];
    if (rows.length === 0) return { events: [], next: options.after ?? null };
    const events: RecordedEvent[] = [];
    for (const row of rows) if (row.matched) events.push(toRecorded(row));
    const last = rows[rows.length - 1];
    return { events, next: position(last.tx_id, last.position) };
  }

  subscribe(handler: SubscriptionHandler, options: SubscribeOptions): Subscription {
    return pollSubscription(this, handler, options);
  }

  async headPosition(): Promise<Position | null> {
    const result = await this.query({
      name: 'es_head_position',
      text: `SELECT tx_id, position FROM es_events WHERE tx_id < $1::text::xid8 ORDER BY tx_id DESC, position DESC LIMIT 1`,
      values: [await this.readHorizon()],
    });
    const row = result.rows[0] as { tx_id: string; position: string } | undefined;
    return row ? encodePgPosition(row.tx_id, row.position) : null;
  }

  comparePositions(a: Position, b: Position): number {
    return comparePgPositions(a, b);
  }

  /** One LISTEN connection of its own (the pool's settings), opened on the first watch. */
  watchStreams(watcher: StreamWatcher): StreamWatch {
    this.announcements ??= new StreamAnnouncements((this.pool as unknown as { options: ClientConfig }).options);
    return this.announcements.watch(watcher);
  }

  async close(): Promise<void> {
    // The pool belongs to whoever created it; the announcement connection is the store's own.
    await this.announcements?.close();
  }
}
