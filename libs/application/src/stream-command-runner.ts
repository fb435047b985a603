import { Inject, Injectable } from '@nestjs/common';
import { ConcurrencyConflictError, EVENT_STORE, IdempotencyKeyReusedError, type EventStore, type RecordedEvent } from '@app/event-store';
import { CLOCK } from './infrastructure/tokens';
import type { Clock } from './infrastructure/clock';
import type { CommandEnvelope, CommandResult } from './command-envelope';
import { FoldedStreamCache, type AppliedCommand, type FoldedStream } from './folded-stream-cache';
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
 * A stream this process folded recently is first tried from its cached fold (no read); anything but a
 * successful append on that fold — a conflict, a refusal, a no-op — is settled on fresh state instead, which
 * for a cached stream is the cached fold caught up with the events after it (another process's writes, say),
 * not the whole stream again.
 */
@Injectable()
export class StreamCommandRunner {
  private readonly folds = new FoldedStreamCache();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run<S, E extends { type: string; data: unknown }>(envelope: CommandEnvelope, decision: StreamDecision<S, E>): Promise<CommandResult> {
    const cached = this.folds.get(decision.stream);
    if (cached) {
      const fromCache = await this.tryCachedFold(envelope, decision, cached);
      if (fromCache) return fromCache;
    }
    for (let attempt = 1; ; attempt++) {
      const fresh = await this.freshFold(decision);
      const state = fresh.state as S;
      if (decision.authorize) await decision.authorize(state);
      const applied = fresh.commands.get(envelope.commandId);
      if (applied) {
        // A command already applied to this stream answers with its first result and decides nothing.
        if (applied.fingerprint !== envelope.fingerprint) throw new IdempotencyKeyReusedError(decision.stream, envelope.commandId);
        return { id: decision.id, version: applied.version, position: applied.position, replayed: true };
      }
      const version = fresh.version;
      if (envelope.expectedVersion !== undefined && envelope.expectedVersion !== version) {
        throw new PreconditionFailedError(envelope.expectedVersion, version);
      }
      const events = await decision.decide(state);
      if (events.length === 0) return { id: decision.id, version, position: fresh.position, replayed: false };
      try {
        return await this.append(envelope, decision, events, version, state);
      } catch (error) {
        const retry = error instanceof ConcurrencyConflictError && envelope.expectedVersion === undefined && attempt < MAX_ATTEMPTS;
        if (!retry) {
          this.folds.forget(decision.stream);
          if (error instanceof ConcurrencyConflictError && envelope.expectedVersion !== undefined) {
            throw new PreconditionFailedError(envelope.expectedVersion, error.actualVersion);
          }
          throw error;
        }
      }
    }
  }

  /**
   * The stream's current fold: the cached one caught up with the events after it when this process has one
   * (an adapter that ignores fromVersion returns the whole stream: the events already folded are skipped), else
   * the whole stream read and folded.
   */
  private async freshFold<S, E extends { type: string; data: unknown }>(decision: StreamDecision<S, E>): Promise<FoldedStream> {
    const cached = this.folds.get(decision.stream);
    if (cached) {
      const newer = (await this.store.readStream(decision.stream, { fromVersion: cached.version + 1 })).filter((e) => e.version > cached.version);
      if (newer.length === 0) return cached;
      if (newer[0].version === cached.version + 1) {
        const state = newer.reduce((s, event) => decision.evolve(s, event as unknown as E), cached.state as S);
        const commands = new Map(cached.commands);
        remember(commands, newer);
        const last = newer[newer.length - 1];
        const fresh = { version: last.version, position: last.position, state, commands };
        this.folds.set(decision.stream, fresh);
        return fresh;
      }
    }
    const history = await this.store.readStream(decision.stream);
    const state = history.reduce((s, event) => decision.evolve(s, event as unknown as E), decision.initial);
    const commands = new Map<string, AppliedCommand>();
    remember(commands, history);
    const fresh = { version: history.length, position: history[history.length - 1]?.position ?? null, state, commands };
    // Ids that name nothing are not worth a place in the cache.
    if (history.length > 0) this.folds.set(decision.stream, fresh);
    else this.folds.forget(decision.stream);
    return fresh;
  }

  /** Decides on the cached fold; null sends the command down the full path (read, fold, decide). */
  private async tryCachedFold<S, E extends { type: string; data: unknown }>(envelope: CommandEnvelope, decision: StreamDecision<S, E>, cached: FoldedStream): Promise<CommandResult | null> {
    const state = cached.state as S;
    // What authorize looks at (an issue's unit and region) never changes once recorded.
    if (decision.authorize) await decision.authorize(state);
    const applied = cached.commands.get(envelope.commandId);
    if (applied) {
      if (applied.fingerprint !== envelope.fingerprint) throw new IdempotencyKeyReusedError(decision.stream, envelope.commandId);
      return { id: decision.id, version: applied.version, position: applied.position, replayed: true };
    }
    if (envelope.expectedVersion !== undefined && envelope.expectedVersion !== cached.version) return null;
    let events: E[];
    try {
      events = await decision.decide(state);
    } catch {
      return null; // a refusal is only trusted on a fresh read
    }
    if (events.length === 0) return null;
    try {
      return await this.append(envelope, decision, events, cached.version, state);
    } catch (error) {
      // A conflict leaves the fold a true prefix of the stream: the full path catches it up.
      if (error instanceof ConcurrencyConflictError) return null;
      this.folds.forget(decision.stream);
      throw error;
    }
  }

  private async append<S, E extends { type: string; data: unknown }>(envelope: CommandEnvelope, decision: StreamDecision<S, E>, events: E[], version: number, state: S): Promise<CommandResult> {
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
    const cached = this.folds.get(decision.stream) ?? (version === 0 ? { version: 0, position: null, state, commands: new Map<string, AppliedCommand>() } : undefined);
    if (result.replayed || !cached || cached.version !== version) {
      this.folds.forget(decision.stream);
    } else {
      // The fold after our own append (a stream created just now included): the next command needs no read.
      const next = result.events.reduce((s, event) => decision.evolve(s, event as unknown as E), state);
      cached.commands.set(envelope.commandId, { fingerprint: envelope.fingerprint, version: result.version, position: result.position });
      this.folds.set(decision.stream, { version: result.version, position: result.position, state: next, commands: cached.commands });
    }
    return { id: decision.id, version: result.version, position: result.position, replayed: result.replayed };
  }
}

/** The commands applied to a stream, for replays: the first event's fingerprint, the last event's version and position. */
function remember(commands: Map<string, AppliedCommand>, events: RecordedEvent[]): void {
  for (const event of events) {
    commands.set(event.metadata.commandId, {
      fingerprint: commands.get(event.metadata.commandId)?.fingerprint ?? event.metadata.commandFingerprint,
      version: event.version,
      position: event.position,
    });
  }
}
