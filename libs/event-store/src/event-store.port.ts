/**
 * The event-store port of DESIGN §2. Adapters: PostgreSQL (default) and KurrentDB.
 * Positions are opaque strings holding a bigint-safe, totally ordered value; compare them only with
 * the adapter's `comparePositions`, never as JavaScript numbers.
 */
export type Position = string;

export interface Actor {
  id: string;
  role: string;
  unitId?: string;
}

/** What a caller supplies with an append; ids and time are supplied by the caller, never invented deep inside. */
export interface AppendMetadata {
  commandId: string;
  correlationId: string;
  causationId: string | null;
  actor: Actor;
  recordedAt: string; // ISO-8601 UTC instant
  /** A fingerprint of the command body; the same commandId with another fingerprint is refused. Recorded, so a
   * handler that reads the stream can recognise a replay before deciding. */
  commandFingerprint?: string;
}

export interface EventMetadata extends AppendMetadata {
  eventId: string;
}

export interface NewEvent<T extends string = string, D = unknown> {
  type: T;
  data: D;
}

export interface RecordedEvent<T extends string = string, D = unknown> {
  stream: string;
  version: number; // 1-based position within the stream
  position: Position; // global, opaque
  type: T;
  data: D;
  metadata: EventMetadata;
  recordedAt: string;
  hash: string;
  prevHash: string;
}

/** `expectedVersion`: 0 = the stream must not exist; n = the stream's last version must be n; 'any' = no check. */
export type ExpectedVersion = number | 'any';

export interface AppendOptions {
  expectedVersion: ExpectedVersion;
  metadata: AppendMetadata;
}

export interface AppendResult {
  stream: string;
  /** The stream's version after the append (or after the first append, on an idempotent replay). */
  version: number;
  /** The global position of the last event appended (or of the first append, on an idempotent replay). */
  position: Position;
  /** True when the command id had already been applied to this stream and nothing was appended. */
  replayed: boolean;
  events: RecordedEvent[];
}

export interface ReadStreamOptions {
  /** Read from this stream version on (default 1): a writer catching up a fold it already has. */
  fromVersion?: number;
  /** Read up to and including this stream version. */
  toVersion?: number;
  /** Read only events recorded at or before this instant (ISO-8601). */
  until?: string;
}

export interface ReadAllOptions {
  /** Exclusive lower bound; omit to read from the start. */
  after?: Position | null;
  /** At most this many events; with `streamPrefixes`, at most this many events of the log are looked at, so a
   * page may hold fewer (even none) while `next` still moves on. Read until `next` stops moving. */
  limit: number;
  /** Only streams whose name starts with one of these prefixes (e.g. 'issue-'). */
  streamPrefixes?: string[];
}

/**
 * The log is read in a total order that no later commit can insert into: an event becomes visible to readAll only
 * when no older transaction can still commit before it. A long write transaction elsewhere therefore delays
 * readers (they wait; they never skip).
 */
export interface ReadAllResult {
  events: RecordedEvent[];
  /** The position to pass as `after` next time; stays the same when nothing new was visible. */
  next: Position | null;
}

export interface Subscription {
  stop(): Promise<void>;
}

export type SubscriptionHandler = (events: RecordedEvent[]) => Promise<void>;

export interface SubscribeOptions {
  after: Position | null;
  streamPrefixes?: string[];
  batchSize?: number;
  /** How often to look for new events when idle (adapters may also use notifications). */
  pollIntervalMs?: number;
  onError?: (error: unknown) => void;
}

export interface ChainVerification {
  valid: boolean;
  events: number;
  brokenAtVersion?: number;
}

export interface EventStore {
  append(stream: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult>;
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options: ReadAllOptions): Promise<ReadAllResult>;
  /** Delivers every visible event after `after`, in global order, batch by batch, never skipping one. */
  subscribe(handler: SubscriptionHandler, options: SubscribeOptions): Subscription;
  /** The highest position currently visible to readers (null for an empty store). */
  headPosition(): Promise<Position | null>;
  comparePositions(a: Position, b: Position): number;
  close(): Promise<void>;
  /**
   * Names of streams as they are appended to, for the streams some module asked the store to announce (PostgreSQL:
   * a trigger with es_announce_stream()). Optional: an adapter without it leaves callers reading every time.
   */
  watchStreams?(watcher: StreamWatcher): StreamWatch;
}

export interface StreamWatcher {
  /** A stream was appended to; null: announcements may have been missed, forget everything. */
  changed(stream: string | null): void;
  /** The announcements stopped (they are retried); nothing is announced until `live` again. */
  failed?(error: unknown): void;
}

export interface StreamWatch {
  /** True while announcements arrive: only then may a watcher trust what it kept. */
  readonly live: boolean;
  close(): void;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
