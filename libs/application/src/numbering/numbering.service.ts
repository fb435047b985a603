import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, numberPattern, type AppConfig } from '@app/config';
import {
  decideNumbering, evolveNumbering, initialNumberingState, numberingStream, numberingYear,
  type NumberingCommand, type NumberingEvent, type NumberingState,
} from '@app/domain';
import { ConcurrencyConflictError, EVENT_STORE, type EventStore } from '@app/event-store';
import type { RegistryRepository } from '@app/registry';
import type { CommandEnvelope } from '../command-envelope';
import type { Clock } from '../infrastructure/clock';
import { CLOCK, REGISTRY } from '../infrastructure/tokens';

export interface ClaimedNumber {
  kind: string;
  regionId: string;
  year: number;
  seq: number;
  number: string;
  streamId: string;
  commandId: string;
}

const MAX_ATTEMPTS = 12;

/**
 * Human-readable document numbers (DESIGN §3.1), one counter stream per kind × region × Shanghai year. A claim is an
 * append with the counter's expected version, so two processes can never hand out one number twice; a claim is
 * idempotent by the creating command's id (a retried creation gets its number back); a released number is the
 * next one handed out, so a year's numbers have no gaps. Claims of one counter are serialised in this process.
 */
@Injectable()
export class NumberingService {
  private readonly logger = new Logger('numbering');
  private readonly folds = new Map<string, NumberingState>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async claim(kind: string, regionId: string, streamId: string, envelope: CommandEnvelope, now = this.clock.now()): Promise<ClaimedNumber> {
    const year = numberingYear(now);
    const regions = await this.registry.listRegions();
    const regionName = regions.find((r) => r.id === regionId)?.name ?? '';
    const pattern = numberPattern(this.config.numbering, kind, regionId);
    const stream = numberingStream(kind, regionId, year);
    const command: NumberingCommand = { type: 'ClaimNumber', kind, regionId, regionName, year, pattern, streamId, commandId: envelope.commandId };
    const state = await this.run(stream, command, envelope, now);
    const claim = state.claims[envelope.commandId];
    if (!claim) throw new Error(`no number claimed on ${stream} for ${envelope.commandId}`);
    return { kind, regionId, year, seq: claim.seq, number: claim.number, streamId: claim.streamId, commandId: envelope.commandId };
  }

  /** The number a command already applied to a stream carried (a replayed creation answers with it too). */
  async numberOnStream(streamId: string, commandId: string): Promise<string | undefined> {
    const events = await this.store.readStream(streamId);
    for (const event of events) {
      if (event.metadata.commandId !== commandId) continue;
      const data = event.data as { number?: unknown; orderNumber?: unknown } | null;
      const number = data?.number ?? data?.orderNumber;
      if (typeof number === 'string') return number;
    }
    return undefined;
  }

  /** Gives a claim back unless the stream it was claimed for already carries it (then it is used, not free). */
  async releaseUnlessUsed(claim: ClaimedNumber, envelope: CommandEnvelope, reason: string): Promise<void> {
    try {
      const events = await this.store.readStream(claim.streamId);
      const used = events.some((e) => {
        const data = e.data as { number?: unknown; orderNumber?: unknown } | null;
        return data?.number === claim.number || data?.orderNumber === claim.number;
      });
      if (used) return;
      const stream = numberingStream(claim.kind, claim.regionId, claim.year);
      await this.run(stream, { type: 'ReleaseNumber', commandId: claim.commandId, reason }, envelope, this.clock.now());
    } catch (error) {
      // The claim stays visible in the audit of claimed-but-unused numbers (GET /admin/numbers/unused).
      this.logger.error(`could not release ${claim.number} (${claim.streamId}): ${String(error)}`);
    }
  }

  private run(stream: string, command: NumberingCommand, envelope: CommandEnvelope, now: string): Promise<NumberingState> {
    const previous = this.queues.get(stream) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.decideAndAppend(stream, command, envelope, now));
    this.queues.set(stream, next);
    void next.finally(() => {
      if (this.queues.get(stream) === next) this.queues.delete(stream);
    }).catch(() => undefined);
    return next;
  }

  private async decideAndAppend(stream: string, command: NumberingCommand, envelope: CommandEnvelope, now: string): Promise<NumberingState> {
    for (let attempt = 1; ; attempt++) {
      const state = this.folds.get(stream) ?? (await this.load(stream));
      const events = decideNumbering(command, state, now);
      if (events.length === 0) return state;
      try {
        const result = await this.store.append(stream, events, {
          expectedVersion: state.version,
          metadata: {
            // Unique per attempt: the counter's own version tells a claim apart from a later re-claim of one command.
            commandId: `${command.type === 'ClaimNumber' ? 'claim' : 'release'}:${envelope.commandId}:${state.version}`,
            correlationId: envelope.correlationId,
            causationId: envelope.causationId,
            actor: envelope.actor,
            recordedAt: this.clock.now(),
          },
        });
        const next = result.events.reduce((s, e) => evolveNumbering(s, e as unknown as NumberingEvent), state);
        this.folds.set(stream, next);
        return next;
      } catch (error) {
        this.folds.delete(stream);
        if (!(error instanceof ConcurrencyConflictError) || attempt >= MAX_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  }

  private async load(stream: string): Promise<NumberingState> {
    const events = await this.store.readStream(stream);
    const state = events.reduce((s, e) => evolveNumbering(s, e as unknown as NumberingEvent), initialNumberingState);
    this.folds.set(stream, state);
    return state;
  }
}
