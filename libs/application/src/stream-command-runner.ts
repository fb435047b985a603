import { Inject, Injectable } from '@nestjs/common';
import { ConcurrencyConflictError, EVENT_STORE, IdempotencyKeyReusedError, type EventStore, type RecordedEvent } from '@app/event-store';
import { CLOCK } from './infrastructure/tokens';
import type { Clock } from './infrastructure/clock';
import type { CommandEnvelope, CommandResult } from './command-envelope';
import { PreconditionFailedError } from './preconditions';

export interface StreamDecision<S, E extends { type: string; data: unknown }> {
  stream: string;
  id: string;
  initial: S;
  evolve: (state: S, event: E) => S;
  decide: (state: S) => E[] | Promise<E[]>;
  /**
   * Runs on the folded state before anything else is answered (a replay included): the jurisdiction check.
   * It throws to refuse; a refused command appends nothing.
   */
  authorize?: (state: S) => void | Promise<void>;
}

const MAX_ATTEMPTS = 4;

/**
 * The one write path: read → recognise a replay → fold → decide → append with the expected version.
 * A concurrent writer makes it decide again on fresh state, unless the caller pinned a version (If-Match).
 */
@Injectable()
export class StreamCommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run<S, E extends { type: string; data: unknown }>(envelope: CommandEnvelope, decision: StreamDecision<S, E>): Promise<CommandResult> {
    for (let attempt = 1; ; attempt++) {
      const history = await this.store.readStream(decision.stream);
      const state = history.reduce((s, event) => decision.evolve(s, event as unknown as E), decision.initial);
      if (decision.authorize) await decision.authorize(state);
      const replay = this.replayOf(history, envelope);
      if (replay) return { id: decision.id, ...replay };
      const version = history.length;
      if (envelope.expectedVersion !== undefined && envelope.expectedVersion !== version) {
        throw new PreconditionFailedError(envelope.expectedVersion, version);
      }
      const events = await decision.decide(state);
      if (events.length === 0) {
        const last = history[history.length - 1];
        return { id: decision.id, version, position: last?.position ?? null, replayed: false };
      }
      try {
        const result = await this.store.append(decision.stream, events, {
          expectedVersion: version,
          metadata: {
            commandId: envelope.commandId,
            commandFingerprint: envelope.fingerprint,
            correlationId: envelope.correlationId,
            causationId: envelope.causationId,
            actor: envelope.actor,
            recordedAt: this.clock.now(),
          },
        });
        return { id: decision.id, version: result.version, position: result.position, replayed: result.replayed };
      } catch (error) {
        const retry = error instanceof ConcurrencyConflictError && envelope.expectedVersion === undefined && attempt < MAX_ATTEMPTS;
        if (!retry) {
          if (error instanceof ConcurrencyConflictError && envelope.expectedVersion !== undefined) {
            throw new PreconditionFailedError(envelope.expectedVersion, error.actualVersion);
          }
          throw error;
        }
      }
    }
  }

  /** A command already applied to this stream answers with its first result and decides nothing. */
  private replayOf(history: RecordedEvent[], envelope: CommandEnvelope): Omit<CommandResult, 'id'> | null {
    const mine = history.filter((event) => event.metadata.commandId === envelope.commandId);
    if (mine.length === 0) return null;
    if (mine[0].metadata.commandFingerprint !== envelope.fingerprint) {
      throw new IdempotencyKeyReusedError(history[0].stream, envelope.commandId);
    }
    const last = mine[mine.length - 1];
    return { version: last.version, position: last.position, replayed: true };
  }
}
