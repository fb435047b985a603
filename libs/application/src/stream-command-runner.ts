import { Inject, Injectable } from '@nestjs/common';
import { ConcurrencyConflictError, EVENT_STORE, IdempotencyKeyReusedError, type EventStore, type RecordedEvent } from '@app/event-store';
import { CLOCK } from './infrastructure/tokens';
import type { Clock } from './infrastructure/clock';
import type { CommandEnvelope, CommandResult } from './command-envelope';
import { FoldedStreamCache, type AppliedCommand, type FoldedStream } from './folded-stream-cache';
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
    private readonly vault: PersonalDataVault,
  ) {}

  async run<S, E extends { type: string; data: unknown }>(plainEnvelope: CommandEnvelope, decision: StreamDecision<S, E>): Promise<CommandResult> {
    const envelope: SealedEnvelope = { ...plainEnvelope, sealedFingerprint: await this.vault.sealFingerprint(plainEnvelope.fingerprint) };
    const cached = this.folds.get(decision.stream);
    // A fold the store's conflict answer brought up to date: the first attempt below decides on it without a read.
    let caughtUp: FoldedStream | null = null;
    if (cached) {
      const fromCache = await this.tryCachedFold(envelope, decision, cached);
      if (fromCache && 'result' in fromCache) return fromCache.result;
      caughtUp = fromCache?.caughtUp ?? null;
    }
    for (let attempt = 1; ; attempt++) {
      const fresh = caughtUp ?? (await this.freshFold(decision));
      caughtUp = null;
      const state = fresh.state as S;
      if (decision.authorize) await decision.authorize(state);
      const replay = replayOf(fresh, envelope, decision.stream);
      if (replay) return { id: decision.id, ...replay };
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

  /** Drops a stream's cached fold (after an erasure, so this process decides on [已删除] from now on). */
  forget(stream: string): void {
    this.folds.forget(stream);
  }

  /**
   * The stream's current fold: the cached one caught up with the events after it when this process has one
   * (an adapter that ignores fromVersion returns the whole stream: the events already folded are skipped), else
   * the whole stream read and folded. Either way the events are revealed before they are folded.
   */
  private async freshFold<S, E extends { type: string; data: unknown }>(decision: StreamDecision<S, E>): Promise<FoldedStream> {
    const cached = this.folds.get(decision.stream);
    if (cached) {
      const newer = (await this.store.readStream(decision.stream, { fromVersion: cached.version + 1 })).filter((e) => e.version > cached.version);
      if (newer.length === 0) return cached;
      const fresh = await this.catchUp(decision, cached, newer);
      if (fresh) return fresh;
    }
    const history = await this.vault.reveal(await this.store.readStream(decision.stream));
    const state = history.reduce((s, event) => decision.evolve(s, event as unknown as E), decision.initial);
    const commands = new Map<string, AppliedCommand>();
    remember(commands, history);
    const fresh = { version: history.length, position: history[history.length - 1]?.position ?? null, state, commands };
    // Ids that name nothing are not worth a place in the cache.
    if (history.length > 0) this.folds.set(decision.stream, fresh);
    else this.folds.forget(decision.stream);
    return fresh;
  }

  /** The cached fold with the events after it (which must follow on from it: else null), kept as the stream's fold. */
  private async catchUp<S, E extends { type: string; data: unknown }>(decision: StreamDecision<S, E>, cached: FoldedStream, newer: readonly RecordedEvent[]): Promise<FoldedStream | null> {
    if (newer[0]?.version !== cached.version + 1) return null;
    const revealed = await this.vault.reveal([...newer]);
    const state = revealed.reduce((s, event) => decision.evolve(s, event as unknown as E), cached.state as S);
    const commands = new Map(cached.commands);
    remember(commands, revealed);
    const last = revealed[revealed.length - 1];
    const fresh = { version: last.version, position: last.position, state, commands };
    this.folds.set(decision.stream, fresh);
    return fresh;
  }

  /**
   * Decides on the cached fold. `result`: done. `caughtUp`: another writer got there first and the store's answer
   * carried its events — the fold caught up with them. null: the full path (read, fold, decide).
   */
  private async tryCachedFold<S, E extends { type: string; data: unknown }>(
    envelope: SealedEnvelope,
    decision: StreamDecision<S, E>,
    cached: FoldedStream,
  ): Promise<{ result: CommandResult } | { caughtUp: FoldedStream } | null> {
    const state = cached.state as S;
    // What authorize looks at (an issue's unit and region) never changes once recorded.
    if (decision.authorize) await decision.authorize(state);
    const replay = replayOf(cached, envelope, decision.stream);
    if (replay) return { result: { id: decision.id, ...replay } };
    if (envelope.expectedVersion !== undefined && envelope.expectedVersion !== cached.version) return null;
    let events: E[];
    try {
      events = await decision.decide(state);
    } catch {
      return null; // a refusal is only trusted on a fresh read
    }
    if (events.length === 0) return null;
    try {
      return { result: await this.append(envelope, decision, events, cached.version, state) };
    } catch (error) {
      // A conflict leaves the fold a true prefix of the stream: caught up with the events the answer carried, or by
      // the full path's read.
      if (error instanceof ConcurrencyConflictError) {
        const caughtUp = error.newerEvents?.length ? await this.catchUp(decision, cached, error.newerEvents) : null;
        return caughtUp ? { caughtUp } : null;
      }
      this.folds.forget(decision.stream);
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
    const cached = this.folds.get(decision.stream) ?? (version === 0 ? { version: 0, position: null, state, commands: new Map<string, AppliedCommand>() } : undefined);
    if (result.replayed || !cached || cached.version !== version) {
      this.folds.forget(decision.stream);
    } else {
      // The fold after our own append (a stream created just now included) goes on from what was decided
      // (plaintext), not from what was stored (protected values): the next command needs no read.
      const next = result.events.reduce((s, event, i) => decision.evolve(s, { ...event, data: events[i].data } as unknown as E), state);
      cached.commands.set(envelope.commandId, { fingerprint: envelope.sealedFingerprint, version: result.version, position: result.position });
      this.folds.set(decision.stream, { version: result.version, position: result.position, state: next, commands: cached.commands });
    }
    return { id: decision.id, version: result.version, position: result.position, replayed: result.replayed };
  }
}

/** The envelope with its fingerprint as the store keeps it (keyed: see PersonalDataVault.sealFingerprint). */
type SealedEnvelope = CommandEnvelope & { sealedFingerprint: string };

/** A command already applied to this stream answers with its first result and decides nothing. */
function replayOf(fold: FoldedStream, envelope: SealedEnvelope, stream: string): Omit<CommandResult, 'id'> | null {
  const applied = fold.commands.get(envelope.commandId);
  if (!applied) return null;
  if (!PersonalDataVault.fingerprintMatches(applied.fingerprint, envelope.fingerprint, envelope.sealedFingerprint)) {
    throw new IdempotencyKeyReusedError(stream, envelope.commandId);
  }
  return { version: applied.version, position: applied.position, replayed: true };
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
