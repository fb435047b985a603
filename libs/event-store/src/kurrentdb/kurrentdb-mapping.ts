/**
 * Pure mapping between the event-store port (DESIGN §2) and KurrentDB/EventStoreDB concepts.
 * No I/O here: everything is unit-tested without a server (kurrentdb-mapping.spec.ts).
 *
 * - Versions: ours are 1-based; a KurrentDB stream revision r is our version r + 1.
 * - Expected version → the client's `streamState`: 0 → NO_STREAM, n → revision n - 1, 'any' → ANY.
 * - Positions: KurrentDB's {commit, prepare} (unsigned 64-bit each) become one opaque string,
 *   two zero-padded 20-digit decimals `cccc…:pppp…`, which also sorts correctly as a plain string.
 *   Comparison goes through BigInt, never through JavaScript `number`.
 * - Event ids: deterministic (UUID v5 layout, SHA-1) from stream + command id + index, so a retried
 *   append carries the same ids and the server's own idempotency check can recognise it.
 * - Metadata: the port's EventMetadata (command fingerprint included) plus the hash chain and the id of
 *   the append attempt that wrote the event, as JSON.
 */
import { createHash } from 'node:crypto';
import {
  ANY,
  ErrorType,
  NO_STREAM,
  type AppendStreamState,
  type CurrentStreamState,
  type Position as KurrentPosition,
} from '@kurrent/kurrentdb-client';
import {
  ConcurrencyConflictError,
  EventStoreUnavailableError,
} from '../event-store.errors';
import type { Actor, EventMetadata, ExpectedVersion, Position, RecordedEvent } from '../event-store.port';

// ───────────────────────────── positions ─────────────────────────────

const UINT64_MAX = (1n << 64n) - 1n;
const POSITION_PATTERN = /^(\d{20}):(\d{20})$/;

export interface LogPosition {
  commit: bigint;
  prepare: bigint;
}

function pad20(value: bigint, name: string): string {
  if (typeof value !== 'bigint') throw new TypeError(`${name} position must be a bigint, got ${typeof value}`);
  if (value < 0n || value > UINT64_MAX) throw new RangeError(`${name} position ${value} is outside 0…2^64-1`);
  return value.toString(10).padStart(20, '0');
}

/** `{commit, prepare}` → the opaque port Position (`00000000000000001234:00000000000000001234`). */
export function encodePosition(position: LogPosition): Position {
  return `${pad20(position.commit, 'commit')}:${pad20(position.prepare, 'prepare')}`;
}

/** The opaque port Position → `{commit, prepare}`; throws on anything this adapter did not produce. */
export function decodePosition(position: Position): LogPosition {
  const match = typeof position === 'string' ? POSITION_PATTERN.exec(position) : null;
  if (!match) throw new RangeError(`not a KurrentDB position: ${JSON.stringify(position)}`);
  const commit = BigInt(match[1]);
  const prepare = BigInt(match[2]);
  if (commit > UINT64_MAX || prepare > UINT64_MAX) throw new RangeError(`KurrentDB position out of range: ${position}`);
  return { commit, prepare };
}

/** Total order of positions: by commit, then by prepare. */
export function comparePositions(a: Position, b: Position): number {
  const left = decodePosition(a);
  const right = decodePosition(b);
  if (left.commit !== right.commit) return left.commit < right.commit ? -1 : 1;
  if (left.prepare !== right.prepare) return left.prepare < right.prepare ? -1 : 1;
  return 0;
}

/** The client's Position type (same shape) from our opaque Position. */
export function toKurrentPosition(position: Position): KurrentPosition {
  return decodePosition(position);
}

// ───────────────────────────── versions ─────────────────────────────

/** KurrentDB revision (0-based bigint) → our 1-based version. */
export function revisionToVersion(revision: bigint): number {
  const version = Number(revision) + 1;
  if (revision < 0n || !Number.isSafeInteger(version)) throw new RangeError(`stream revision ${revision} out of range`);
  return version;
}

/** Our 1-based version → KurrentDB revision. */
export function versionToRevision(version: number): bigint {
  if (!Number.isSafeInteger(version) || version < 1) throw new RangeError(`version ${version} is not a positive integer`);
  return BigInt(version - 1);
}

/** The port's expected version → the client's `streamState`. */
export function expectedVersionToStreamState(expected: ExpectedVersion): AppendStreamState {
  if (expected === 'any') return ANY;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(`expectedVersion must be 'any' or a non-negative integer, got ${String(expected)}`);
  }
  return expected === 0 ? NO_STREAM : versionToRevision(expected);
}

/** The current stream state a server reports → our version (0 = no stream). */
export function streamStateToVersion(state: CurrentStreamState | AppendStreamState | undefined): number {
  if (typeof state === 'bigint') return state < 0n ? 0 : revisionToVersion(state);
  return 0; // no_stream (and the states a *current* stream cannot have)
}

// ───────────────────────────── event ids ─────────────────────────────

/** Namespace of this application's event ids (a fixed random UUID). */
export const EVENT_ID_NAMESPACE = '6f1d3c52-8a7e-4b0e-9d35-2c4f0a8e71b9';

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new TypeError(`not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

/** A UUID v5 (RFC 9562 §5.5: SHA-1 over namespace ‖ name, version and variant bits set). */
export function uuidV5(name: string, namespace: string = EVENT_ID_NAMESPACE): string {
  const digest = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const bytes = Buffer.from(digest.subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of the `index`-th event (0-based) that command `commandId` appends to `stream`. The same command
 * on the same stream always yields the same ids; the stream is part of the name because one command
 * (e.g. publishing a bulletin) may append to many streams and event ids must stay globally unique.
 */
export function deterministicEventId(stream: string, commandId: string, index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`event index ${index} is not a non-negative integer`);
  return uuidV5(`${stream}\u0000${commandId}\u0000${index}`);
}

// ───────────────────────────── metadata ─────────────────────────────

/** What this adapter writes as the KurrentDB event's metadata JSON. */
export interface StoredMetadata {
  eventId: string;
  commandId: string;
  correlationId: string;
  causationId: string | null;
  actor: Actor;
  recordedAt: string;
  commandFingerprint?: string;
  hash: string;
  prevHash: string;
  /**
   * A random id per append attempt (not hashed, not part of the port's metadata). The server acknowledges
   * a repeated append of known event ids without writing; comparing this id tells the adapter whether the
   * stored events are its own write or a concurrent duplicate's.
   */
  appendId: string;
  /** KurrentDB conventions, used by its system projections ($by_correlation_id) and UI. */
  $correlationId: string;
  $causationId?: string;
}

/** The port's metadata exactly as hashed: the known fields, optional ones only when present. */
export function eventMetadataOf(metadata: EventMetadata): EventMetadata {
  const copy: EventMetadata = {
    eventId: metadata.eventId,
    commandId: metadata.commandId,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId ?? null,
    actor: copyActor(metadata.actor),
    recordedAt: metadata.recordedAt,
  };
  if (typeof metadata.commandFingerprint === 'string') copy.commandFingerprint = metadata.commandFingerprint;
  return copy;
}

export function toStoredMetadata(
  metadata: EventMetadata,
  chain: { hash: string; prevHash: string; appendId: string },
): StoredMetadata {
  const stored: StoredMetadata = {
    ...eventMetadataOf(metadata),
    hash: chain.hash,
    prevHash: chain.prevHash,
    appendId: chain.appendId,
    $correlationId: metadata.correlationId,
  };
  if (metadata.causationId) stored.$causationId = metadata.causationId;
  return stored;
}

export class ForeignEventError extends Error {}

function copyActor(actor: Actor): Actor {
  const copy: Actor = { id: actor.id, role: actor.role };
  if (actor.unitId !== undefined && actor.unitId !== null) copy.unitId = actor.unitId;
  return copy;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** True when a KurrentDB event's metadata looks like what this adapter writes. */
export function isStoredMetadata(raw: unknown): raw is StoredMetadata {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || raw instanceof Uint8Array) return false;
  const m = raw as Record<string, unknown>;
  const actor = m.actor as Record<string, unknown> | null | undefined;
  return (
    isString(m.eventId) &&
    isString(m.commandId) &&
    isString(m.correlationId) &&
    (m.causationId === null || m.causationId === undefined || isString(m.causationId)) &&
    isString(m.recordedAt) &&
    (m.commandFingerprint === undefined || m.commandFingerprint === null || isString(m.commandFingerprint)) &&
    isString(m.hash) &&
    isString(m.prevHash) &&
    !!actor &&
    typeof actor === 'object' &&
    isString(actor.id) &&
    isString(actor.role)
  );
}

/** Splits stored metadata into the port's EventMetadata (exactly the hashed fields) and the chain. */
export function fromStoredMetadata(raw: unknown): {
  metadata: EventMetadata;
  hash: string;
  prevHash: string;
  appendId: string | null;
} {
  if (!isStoredMetadata(raw)) throw new ForeignEventError('event metadata was not written by this adapter');
  return {
    metadata: eventMetadataOf(raw),
    hash: raw.hash,
    prevHash: raw.prevHash,
    appendId: isString(raw.appendId) ? raw.appendId : null,
  };
}

// ───────────────────────────── recorded events ─────────────────────────────

/** The part of the client's RecordedEvent this mapping needs (kept structural for testing). */
export interface KurrentRecordLike {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  data: unknown;
  metadata: unknown;
  isJson: boolean;
  position?: KurrentPosition;
}

/**
 * A KurrentDB record → the port's RecordedEvent. `fallbackPosition` is used only when the server did
 * not send a per-event position (servers older than 22.6).
 */
export function toRecordedEvent(record: KurrentRecordLike, fallbackPosition?: KurrentPosition): RecordedEvent {
  const { metadata, hash, prevHash } = fromStoredMetadata(record.metadata);
  const position = record.position ?? fallbackPosition;
  if (!position) throw new Error(`event ${record.id} in ${record.streamId} came without a log position`);
  return {
    stream: record.streamId,
    version: revisionToVersion(record.revision),
    position: encodePosition(position),
    type: record.type,
    data: record.data,
    metadata,
    recordedAt: metadata.recordedAt,
    hash,
    prevHash,
  };
}

/** Streams this adapter never delivers: KurrentDB system and metadata streams. */
export function isSystemStream(stream: string): boolean {
  return stream.startsWith('$');
}

// ───────────────────────────── connection strings ─────────────────────────────

/** The connection string with any password replaced, for messages and logs. */
export function redactConnectionString(url: string): string {
  return url.replace(/^([a-z+]+:\/\/)([^:@/]+):([^@/]*)@/i, '$1$2:***@');
}

// ───────────────────────────── errors ─────────────────────────────

const UNAVAILABLE_TYPES = new Set<string>([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
]);
/** gRPC status codes: 4 DEADLINE_EXCEEDED, 14 UNAVAILABLE. */
const UNAVAILABLE_GRPC_CODES = new Set<number>([4, 14]);

export function isWrongExpectedVersion(error: unknown): error is {
  type: ErrorType.WRONG_EXPECTED_VERSION;
  streamName: string;
  expectedState: AppendStreamState;
  actualState: CurrentStreamState;
} {
  return (
    !!error && typeof error === 'object' && (error as { type?: unknown }).type === ErrorType.WRONG_EXPECTED_VERSION
  );
}

export function isStreamNotFound(error: unknown): boolean {
  return !!error && typeof error === 'object' && (error as { type?: unknown }).type === ErrorType.STREAM_NOT_FOUND;
}

export function isUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { type, code } = error as { type?: unknown; code?: unknown };
  if (typeof type === 'string' && UNAVAILABLE_TYPES.has(type)) return true;
  if (typeof code === 'number' && UNAVAILABLE_GRPC_CODES.has(code)) return true;
  return false;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message && error.message !== error.name ? `${error.name}: ${error.message}` : error.name;
  return String(error);
}

/**
 * A client error → the port's error: WrongExpectedVersion → ConcurrencyConflictError (with our 1-based
 * versions), an unreachable server → EventStoreUnavailableError; anything else is returned unchanged.
 */
export function mapClientError(error: unknown, stream: string, expectedVersion: ExpectedVersion): unknown {
  if (isWrongExpectedVersion(error)) {
    return new ConcurrencyConflictError(stream, expectedVersion, streamStateToVersion(error.actualState));
  }
  if (isUnavailable(error)) {
    return new EventStoreUnavailableError(`KurrentDB is unavailable (stream ${stream}): ${describe(error)}`);
  }
  return error;
}

export function describeError(error: unknown): string {
  return describe(error);
}
