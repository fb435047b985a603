import type { RecordedEvent } from './event-store.port';

/** Infrastructure errors of the port; the HTTP layer maps each `code` to its status. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

export class ConcurrencyConflictError extends EventStoreError {
  readonly code = 'CONCURRENCY_CONFLICT';
  constructor(
    readonly stream: string,
    readonly expectedVersion: number | 'any',
    readonly actualVersion: number,
    /**
     * The stream's events after `expectedVersion`, when the adapter could read them in the same round trip (every
     * one of them, in order): a writer catches its fold up with these instead of reading the stream again.
     */
    readonly newerEvents?: readonly RecordedEvent[],
  ) {
    super(`stream ${stream} is at version ${actualVersion}, expected ${expectedVersion}`);
  }
}

export class IdempotencyKeyReusedError extends EventStoreError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  constructor(
    readonly stream: string,
    readonly commandId: string,
  ) {
    super(`command id ${commandId} was already used on ${stream} with a different body`);
  }
}

export class EventStoreUnavailableError extends EventStoreError {
  readonly code = 'EVENT_STORE_UNAVAILABLE';
}
