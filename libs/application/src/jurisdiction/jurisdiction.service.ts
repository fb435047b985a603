import { Inject, Injectable } from '@nestjs/common';
import type { RegistryRepository } from '@app/registry';
import { REGISTRY } from '../infrastructure/tokens';
import { computeJurisdiction, toScopeFilter, type Jurisdiction, type RegistrySnapshot, type ScopedActor, type ScopeFilter } from './jurisdiction.policy';

const SNAPSHOT_TTL_MS = 5_000;

/** The jurisdiction computed for each authenticated actor object (attached by the HTTP guard), for synchronous reads. */
const attached = new WeakMap<object, Jurisdiction>();

export function attachJurisdiction(actor: object, jurisdiction: Jurisdiction): void {
  attached.set(actor, jurisdiction);
}

/** The jurisdiction the guard attached to this actor; `null` when none was (callers then fail closed or resolve). */
export function attachedJurisdiction(actor: object | null | undefined): Jurisdiction | null {
  return actor ? (attached.get(actor) ?? null) : null;
}

/**
 * Resolves an actor's jurisdiction from the registry (a snapshot of regions, zones, units and supervisors, kept
 * for a few seconds; an import invalidates it at once in this process).
 */
@Injectable()
export class JurisdictionService {
  private snapshot: { data: RegistrySnapshot; at: number } | null = null;
  private loading: Promise<RegistrySnapshot> | null = null;

  constructor(@Inject(REGISTRY) private readonly registry: RegistryRepository) {}

  invalidate(): void {
    this.snapshot = null;
    this.registry.invalidate();
  }

  async resolve(actor: ScopedActor): Promise<Jurisdiction> {
    const known = attachedJurisdiction(actor);
    if (known) return known;
    let scoped = actor;
    if (actor.role === 'supervisor' && !actor.supervisorId) {
      // An actor carried without its supervisor id (e.g. rebuilt from event metadata): look the user up.
      const user = await this.registry.findUser(actor.id);
      scoped = { ...actor, supervisorId: user?.supervisorId ?? undefined };
    }
    const jurisdiction = computeJurisdiction(scoped, await this.registrySnapshot());
    attachJurisdiction(actor, jurisdiction);
    return jurisdiction;
  }

  async scopeFilter(actor: ScopedActor): Promise<ScopeFilter> {
    return toScopeFilter(await this.resolve(actor));
  }

  async registrySnapshot(): Promise<RegistrySnapshot> {
    if (this.snapshot && Date.now() - this.snapshot.at < SNAPSHOT_TTL_MS) return this.snapshot.data;
    if (!this.loading) {
      this.loading = (async () => {
        try {
          this.registry.invalidate();
          const [regions, zones, units, supervisors] = await Promise.all([
            this.registry.listRegions(),
            this.registry.listZones(),
            this.registry.listUnits(),
            this.registry.listSupervisors(),
          ]);
          const data: RegistrySnapshot = { regions, zones, units, supervisors };
          this.snapshot = { data, at: Date.now() };
          return data;
        } finally {
          this.loading = null;
        }
      })();
    }
    return this.loading;
  }
}
