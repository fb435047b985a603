import { Inject, Injectable } from '@nestjs/common';
import { foldSupervisor, supervisorStream, type Actor, type SupervisorEvent } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import type { RegistryRepository } from '@app/registry';
import { REGISTRY } from '../infrastructure/tokens';
import type { ConflictsOfInterest } from './conflicts-of-interest';

/**
 * Declared conflicts read from the supervisors' own streams (ConflictDeclared / ConflictWithdrawn), folded at the
 * moment of the decision — never from a read model that could lag behind a declaration just made.
 */
@Injectable()
export class StreamConflictsOfInterest implements ConflictsOfInterest {
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
      const events = await this.store.readStream(supervisorStream(id));
      if (events.length === 0) continue;
      const units = Object.keys(foldSupervisor(events.map((e) => ({ type: e.type, data: e.data }) as SupervisorEvent)).conflicts);
      if (units.length) result[id] = units;
    }
    return result;
  }
}
