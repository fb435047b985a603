import type { PoolClient } from 'pg';
import type { AppendMetadata, EventMetadata, NewEvent, RecordedEvent } from '../event-store.port';
import { eventHash, genesisHash, verifyChain } from '../hash-chain';
import { APPEND_LOCK } from './append-horizon';
import { encodePgPosition } from './postgres-position';

/**
 * Rewriting recorded events — the one thing an event store must not do, done only by the personal-data migration
 * (docs/personal-data.md) with every service stopped, inside the caller's transaction, and always leaving a chain
 * that verifies. Not part of the port: KurrentDB's events are immutable and cannot be rewritten at all.
 */
export interface RechainedEvent {
  version: number;
  previousHash: string;
  hash: string;
}

export interface RechainResult {
  stream: string;
  fromVersion: number;
  toVersion: number;
  previousHead: string;
  head: string;
  events: RechainedEvent[];
}

export type EventReplacement = { data: unknown; metadata: EventMetadata };

interface Row {
  position: string;
  tx_id: string;
  version: number;
  type: string;
  data: unknown;
  metadata: EventMetadata;
  hash: string;
  prev_hash: string;
}

/**
 * Opens the caller's transaction as an appender of the log: the append lock is taken before anything can give the
 * transaction an id (a row lock or an UPDATE would), so its later appends stay below no horizon a reader has passed
 * (append-horizon.ts) — the statement trigger then finds the lock held and lets them through.
 */
export async function beginAppendingTransaction(client: PoolClient): Promise<void> {
  await client.query('BEGIN');
  await client.query(`SELECT pg_advisory_xact_lock_shared(${APPEND_LOCK.classId}, ${APPEND_LOCK.objId}), set_config('es.append_lock', 'held', true)`);
}

/** The stream's events, locked for update until the caller's transaction ends. */
export async function readStreamForUpdate(client: PoolClient, stream: string): Promise<RecordedEvent[]> {
  const result = await client.query<Row>(
    `SELECT position, tx_id, version, type, data, metadata, hash, prev_hash FROM es_events WHERE stream = $1 ORDER BY version FOR UPDATE`,
    [stream],
  );
  return result.rows.map((row) => ({
    stream, version: row.version, position: encodePgPosition(row.tx_id, row.position), type: row.type, data: row.data,
    metadata: row.metadata, recordedAt: row.metadata.recordedAt, hash: row.hash, prevHash: row.prev_hash,
  }));
}

/**
 * Replaces the data and metadata of some events of `events` (read with readStreamForUpdate) and recomputes the hash
 * of every event from the first replaced one to the head. Refuses a stream whose chain does not verify before, and
 * checks the chain after. Null when nothing is replaced.
 */
export async function rechainStream(client: PoolClient, stream: string, events: RecordedEvent[], replacements: ReadonlyMap<number, EventReplacement>): Promise<RechainResult | null> {
  if (replacements.size === 0) return null;
  const before = verifyChain(stream, events);
  if (!before.valid) throw new Error(`${stream}: the chain is broken at version ${before.brokenAtVersion}; it is not rewritten`);
  const fromVersion = Math.min(...replacements.keys());
  let prevHash = fromVersion === 1 ? genesisHash(stream) : events[fromVersion - 2].hash;
  const rewritten: RecordedEvent[] = events.slice(0, fromVersion - 1);
  const changed: RechainedEvent[] = [];
  for (const event of events.slice(fromVersion - 1)) {
    const replacement = replacements.get(event.version);
    const data = replacement?.data ?? event.data;
    const metadata = replacement?.metadata ?? event.metadata;
    const hash = eventHash(prevHash, event.type, data, metadata);
    await client.query(`UPDATE es_events SET data = $3::jsonb, metadata = $4::jsonb, hash = $5, prev_hash = $6 WHERE stream = $1 AND version = $2`, [
      stream, event.version, JSON.stringify(data), JSON.stringify(metadata), hash, prevHash,
    ]);
    rewritten.push({ ...event, data, metadata, hash, prevHash });
    changed.push({ version: event.version, previousHash: event.hash, hash });
    prevHash = hash;
  }
  const after = verifyChain(stream, JSON.parse(JSON.stringify(rewritten)) as RecordedEvent[]);
  if (!after.valid) throw new Error(`${stream}: the rewritten chain does not verify at version ${after.brokenAtVersion}`);
  return { stream, fromVersion, toVersion: events.length, previousHead: events[events.length - 1].hash, head: prevHash, events: changed };
}

/** Appends inside the caller's transaction (the migration's own audit record, atomic with the rewrite it records). */
export async function appendInTransaction(client: PoolClient, stream: string, events: NewEvent[], metadata: AppendMetadata & { eventIds: string[] }): Promise<void> {
  const head = await client.query<{ version: number; hash: string }>(`SELECT version, hash FROM es_events WHERE stream = $1 ORDER BY version DESC LIMIT 1 FOR UPDATE`, [stream]);
  let version = head.rows[0]?.version ?? 0;
  let prevHash = head.rows[0]?.hash ?? genesisHash(stream);
  const { eventIds, ...shared } = metadata;
  for (const [i, event] of events.entries()) {
    const recorded: EventMetadata = { ...shared, eventId: eventIds[i] };
    const hash = eventHash(prevHash, event.type, event.data, recorded);
    version++;
    await client.query(
      `INSERT INTO es_events (stream, version, type, data, metadata, command_id, recorded_at, hash, prev_hash) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8, $9)`,
      [stream, version, event.type, JSON.stringify(event.data), JSON.stringify(recorded), shared.commandId, shared.recordedAt, hash, prevHash],
    );
    prevHash = hash;
  }
}
