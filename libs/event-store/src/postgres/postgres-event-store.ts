import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { ConcurrencyConflictError, IdempotencyKeyReusedError } from '../event-store.errors';
import type {
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
} from '../event-store.port';
import { canonicalJson } from '../hash-chain';
import { comparePgPositions, decodePgPosition, encodePgPosition } from './postgres-position';
import { pollSubscription } from './poll-subscription';

const EVENT_COLUMNS = 'position, tx_id, stream, version, type, data, metadata, recorded_at, hash, prev_hash';

interface AppendRow {
  status: 'appended' | 'replayed' | 'conflict' | 'key_reused';
  version: number;
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
  recorded_at: Date;
  hash: string;
  prev_hash: string;
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    stream: row.stream,
    version: row.version,
    position: encodePgPosition(row.tx_id, row.position),
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.metadata.recordedAt ?? row.recorded_at.toISOString(),
    hash: row.hash,
    prevHash: row.prev_hash,
  };
}

/** The default adapter: one PostgreSQL database holds the log; see the migration for the ordering scheme. */
export class PostgresEventStore implements EventStore {
  constructor(private readonly pool: Pool) {}

  async append(stream: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const { metadata, expectedVersion } = options;
    if (events.length === 0) return this.emptyAppend(stream, options);
    const recordedMetadata: EventMetadata[] = events.map(() => ({ ...metadata, eventId: randomUUID() }));
    const payloads = events.map((event, i) => canonicalJson({ type: event.type, data: event.data, metadata: recordedMetadata[i] }));
    const result = await this.pool.query({
      name: 'es_append',
      text: 'SELECT status, version, tx_id, positions, hashes, first_prev_hash FROM es_append($1, $2, $3, $4, $5, $6::jsonb[], $7::jsonb[], $8, $9)',
      values: [
        stream,
        expectedVersion === 'any' ? -1 : expectedVersion,
        metadata.commandId,
        metadata.commandFingerprint ?? null,
        events.map((e) => e.type),
        events.map((e) => JSON.stringify(e.data)),
        recordedMetadata.map((m) => JSON.stringify(m)),
        payloads,
        metadata.recordedAt,
      ],
    });
    const row = result.rows[0] as AppendRow;
    switch (row.status) {
      case 'conflict':
        throw new ConcurrencyConflictError(stream, expectedVersion, row.version);
      case 'key_reused':
        throw new IdempotencyKeyReusedError(stream, metadata.commandId);
      case 'replayed':
        return this.replayResult(stream, metadata.commandId);
    }
    const firstVersion = row.version - events.length + 1;
    const recordedAt = metadata.recordedAt;
    const appended: RecordedEvent[] = events.map((event, i) => ({
      stream,
      version: firstVersion + i,
      position: encodePgPosition(row.tx_id!, row.positions![i]),
      type: event.type,
      data: event.data,
      metadata: recordedMetadata[i],
      recordedAt,
      hash: row.hashes![i],
      prevHash: i === 0 ? row.first_prev_hash! : row.hashes![i - 1],
    }));
    const last = appended[appended.length - 1];
    return { stream, version: row.version, position: last?.position ?? '0:0', replayed: false, events: appended };
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
    const result = await this.pool.query({
      name: 'es_read_command',
      text: `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream = $1 AND command_id = $2 ORDER BY version`,
      values: [stream, commandId],
    });
    const events = (result.rows as EventRow[]).map(toRecorded);
    const last = events[events.length - 1];
    return { stream, version: last.version, position: last.position, replayed: true, events };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const result = await this.pool.query({
      name: 'es_read_stream',
      text: `SELECT ${EVENT_COLUMNS} FROM es_events
              WHERE stream = $1 AND ($2::int IS NULL OR version <= $2) AND ($3::timestamptz IS NULL OR recorded_at <= $3)
              ORDER BY version`,
      values: [stream, options.toVersion ?? null, options.until ?? null],
    });
    return (result.rows as EventRow[]).map(toRecorded);
  }

  async readAll(options: ReadAllOptions): Promise<ReadAllResult> {
    const after = options.after ? decodePgPosition(options.after) : { txId: 0n, position: 0n };
    const prefixes = options.streamPrefixes?.length ? options.streamPrefixes.map((p) => `${p}%`) : null;
    // Only transactions below the oldest running one are final: nothing can commit behind them later.
    const result = await this.pool.query({
      name: 'es_read_all',
      text: `SELECT ${EVENT_COLUMNS} FROM es_events
              WHERE (tx_id, position) > ($1::text::xid8, $2::bigint)
                AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
                AND ($4::text[] IS NULL OR stream LIKE ANY ($4::text[]))
              ORDER BY tx_id, position
              LIMIT $3`,
      values: [after.txId.toString(), after.position.toString(), options.limit, prefixes],
    });
    const events = (result.rows as EventRow[]).map(toRecorded);
    const next = events.length ? events[events.length - 1].position : (options.after ?? null);
    return { events, next };
  }

  subscribe(handler: SubscriptionHandler, options: SubscribeOptions): Subscription {
    return pollSubscription(this, handler, options);
  }

  async headPosition(): Promise<Position | null> {
    const result = await this.pool.query(
      `SELECT tx_id, position FROM es_events
        WHERE tx_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY tx_id DESC, position DESC LIMIT 1`,
    );
    const row = result.rows[0] as { tx_id: string; position: string } | undefined;
    return row ? encodePgPosition(row.tx_id, row.position) : null;
  }

  comparePositions(a: Position, b: Position): number {
    return comparePgPositions(a, b);
  }

  async close(): Promise<void> {
    // The pool belongs to whoever created it.
  }
}
