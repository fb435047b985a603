import { Inject, Injectable } from '@nestjs/common';
import { ConcurrencyConflictError, EVENT_STORE, IdempotencyKeyReusedError, type EventStore, type RecordedEvent } from '@app/event-store';
import { CLOCK } from './infrastructure/tokens';
import type { Clock } from './infrastructure/clock';
import type { CommandEnvelope, CommandResult } from './command-envelope';
import { FoldedStreamCache, type FoldedStream } from './folded-stream-cache';
import { PreconditionFailedError } from './preconditions';
import { PersonalDataVault } from './personal-data/personal-data.vault';

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
 * Personal data (DESIGN §3.11): the history is revealed before the fold, so deciders and evolve see plaintext (or
 * [已删除]); the decided events are protected by the vault before the append; the fingerprint is stored sealed.
 * A concurrent writer makes it decide again on fresh state, unless the caller pinned a version (If-Match).
 * A stream this process folded recently is first tried from its cached fold (no read); anything but a
 * successful append on that fold — a conflict, a refusal, a no-op — is settled on a fresh read instead.
 */
@Injectable()
export class StreamCommandRunner {
  private readonly folds = new FoldedStreamCache();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly vault: PersonalDataVault,
  ) {}

  async run<S, E extends { type: string; data: unknown }>(plainEnvelope: CommandEnvelope, decision: StreamDecision<S, E>): Promise<CommandResult> {
    const envelope: SealedEnvelope = { ...plainEnvelope, sealedFingerprint: await this.vault.sealFingerprint(plainEnvelope.fingerprint) };
    const cached = this.folds.get(decision.stream);
    if (cached) {
      const fromCache = await this.tryCachedFold(envelope, decision, cached);
      if (fromCache) return fromCache;
    }
    for (let attempt = 1; ; attempt++) {
      const history = await this.vault.reveal(await this.store.readStream(decision.stream));
      const state = history.reduce((s, event) => decision.evolve(s, event as unknown as E), decision.initial);
      this.remember(decision.stream, history, state);
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
        return await this.append(envelope, decision, events, version, state);
      } catch (error) {
        this.folds.forget(decision.stream);
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

  /** Decides on the cached fold; null sends the command down the full path (read, fold, decide). */
  private async tryCachedFold<S, E extends { type: string; data: unknown }>(envelope: SealedEnvelope, decision: StreamDecision<S, E>, cached: FoldedStream): Promise<CommandResult | null> {
    const state = cached.state as S;
    // What authorize looks at (an issue's unit and region) never changes once recorded.
    if (decision.authorize) await decision.authorize(state);
    const applied = cached.commands.get(envelope.commandId);
    if (applied) {
      if (!PersonalDataVault.fingerprintMatches(applied.fingerprint, envelope.fingerprint, envelope.sealedFingerprint)) throw new IdempotencyKeyReusedError(decision.stream, envelope.commandId);
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
      this.folds.forget(decision.stream);
      if (error instanceof ConcurrencyConflictError) return null;
      throw error;
    }
  }

  private async append<S, E extends { type: string; data: unknown }>(envelope: SealedEnvelope, decision: StreamDecision<S, E>, events: E[], version: number, state: S): Promise<CommandResult> {
    const recordedAt = this.clock.now();
    const result = await this.store.append(decision.stream, await this.vault.protect(decision.stream, events, recordedAt), {
      expectedVersion: version,
      metadata: {
        commandId: envelope.commandId,
        commandFingerprint: envelope.sealedFingerprint,
        correlationId: envelope.correlationId,
        causationId: envelope.causationId,
        actor: envelope.actor,
        recordedAt,
      },
    });
    const cached = this.folds.get(decision.stream);
    if (result.replayed || !cached || cached.version !== version) {
      this.folds.forget(decision.stream);
    } else {
      // The fold goes on from what was decided (plaintext), not from what was stored (protected values).
      const next = result.events.reduce((s, event, i) => decision.evolve(s, { ...event, data: events[i].data } as unknown as E), state);
      cached.commands.set(envelope.commandId, { fingerprint: envelope.sealedFingerprint, version: result.version, position: result.position });
      this.folds.set(decision.stream, { version: result.version, position: result.position, state: next, commands: cached.commands });
    }
    return { id: decision.id, version: result.version, position: result.position, replayed: result.replayed };
  }

  /** Drops a stream's cached fold (after an erasure, so this process decides on [已删除] from now on). */
  forget(stream: string): void {
    this.folds.forget(stream);
  }

  private remember(stream: string, history: RecordedEvent[], state: unknown): void {
    if (history.length === 0) return; // ids that name nothing are not worth a place in the cache
    const commands = new Map<string, { fingerprint: string | undefined; version: number; position: string }>();
    for (const event of history) {
      commands.set(event.metadata.commandId, {
        fingerprint: commands.get(event.metadata.commandId)?.fingerprint ?? event.metadata.commandFingerprint,
        version: event.version,
        position: event.position,
      });
    }
    this.folds.set(stream, { version: history.length, position: history[history.length - 1]?.position ?? null, state, commands });
  }

  /** A command already applied to this stream answers with its first result and decides nothing. */
  private replayOf(history: RecordedEvent[], envelope: SealedEnvelope): Omit<CommandResult, 'id'> | null {
    const mine = history.filter((event) => event.metadata.commandId === envelope.commandId);
    if (mine.length === 0) return null;
    if (!PersonalDataVault.fingerprintMatches(mine[0].metadata.commandFingerprint, envelope.fingerprint, envelope.sealedFingerprint)) {
      throw new IdempotencyKeyReusedError(history[0].stream, envelope.commandId);
    }
    const last = mine[mine.length - 1];
    return { version: last.version, position: last.position, replayed: true };
  }
}

/** The envelope with its fingerprint as the store keeps it (keyed: see PersonalDataVault.sealFingerprint). */
type SealedEnvelope = CommandEnvelope & { sealedFingerprint: string };
