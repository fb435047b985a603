import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { foldSupervisor, supervisorStream, type Actor, type SupervisorEvent } from '@app/domain';
import { EVENT_STORE, type EventStore, type StreamWatch } from '@app/event-store';
import type { RegistryRepository } from '@app/registry';
import { REGISTRY } from '../infrastructure/tokens';
import type { ConflictsOfInterest } from './conflicts-of-interest';

const MAX_KEPT = 20_000;

/**
 * Declared conflicts read from the supervisors' own streams (ConflictDeclared / ConflictWithdrawn), folded at the
 * moment of the decision — never from a read model that could lag behind a declaration just made.
 *
 * A supervisor's fold is kept in memory while the store announces appends to supervisor streams (PostgreSQL:
 * NOTIFY from a trigger, see the migration beside this file): an announcement drops it, a command of this process
 * on the stream drops it before it answers (`changed`), and while announcements do not arrive nothing is kept and
 * every decision reads the stream, as it did before. So a command decides with every declaration committed before
 * it began, save one committed on another process within the announcement's delivery (well under a millisecond
 * here) — the same window a read before the append always had. It spares every supervisor's command a round trip.
 */
@Injectable()
export class StreamConflictsOfInterest implements ConflictsOfInterest, OnModuleDestroy {
  private readonly logger = new Logger('conflicts-of-interest');
  private readonly kept = new Map<string, string[]>();
  /** Moves on every announcement: a read that saw it move while in flight keeps nothing. */
  private epoch = 0;
  private watch: StreamWatch | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  async conflictedUnitIds(actor: Actor & { supervisorId?: string }): Promise<string[]> {
    if (actor.role !== 'supervisor') return [];
    const supervisorId = actor.supervisorId ?? (await this.registry.findUser(actor.id))?.supervisorId;
    if (!supervisorId) return [];
    return (await this.conflictsOfSupervisors([supervisorId]))[supervisorId] ?? [];
  }

  async conflictsOfSupervisors(supervisorIds: readonly string[]): Promise<Record<string, string[]>> {
    const result: Record<string, string[]> = {};
    for (const id of new Set(supervisorIds)) {
      const units = await this.unitsOf(id);
      if (units.length) result[id] = units;
    }
    return result;
  }

  /** This process recorded something on the supervisor's stream: forget the fold before answering the command. */
  changed(supervisorId: string): void {
    this.forget(supervisorStream(supervisorId));
  }

  onModuleDestroy(): void {
    this.watch?.close();
  }

  private async unitsOf(supervisorId: string): Promise<string[]> {
    const stream = supervisorStream(supervisorId);
    const live = this.watching();
    const known = live ? this.kept.get(stream) : undefined;
    if (known) return known;
    const epoch = this.epoch;
    const events = await this.store.readStream(stream);
    const units = events.length ? Object.keys(foldSupervisor(events.map((e) => ({ type: e.type, data: e.data }) as SupervisorEvent)).conflicts) : [];
    if (live && this.watch?.live && epoch === this.epoch) {
      if (this.kept.size >= MAX_KEPT) this.kept.clear();
      this.kept.set(stream, units);
    }
    return units;
  }

  private watching(): boolean {
    if (!this.watch && this.store.watchStreams) {
      this.watch = this.store.watchStreams({
        changed: (stream) => this.forget(stream),
        failed: (error) => this.logger.warn(`announcements of supervisor streams stopped (every decision reads the stream until they resume): ${(error as Error)?.message ?? error}`),
      });
    }
    return this.watch?.live ?? false;
  }

  private forget(stream: string | null): void {
    this.epoch += 1;
    if (stream === null) this.kept.clear();
    else this.kept.delete(stream);
  }
}
