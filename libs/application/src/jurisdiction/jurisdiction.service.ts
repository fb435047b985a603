import { Inject, Injectable } from '@nestjs/common';
import type { Region, RegistryRepository, Supervisor, Unit } from '@app/registry';
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

/** The registry by id, for look-ups on the request path (GET /me) without a query. */
export interface RegistryDirectory {
  regions: ReadonlyMap<string, Region>;
  units: ReadonlyMap<string, Unit>;
  supervisors: ReadonlyMap<string, Supervisor>;
}

type FullSnapshot = RegistrySnapshot & { regions: Region[]; units: Unit[]; supervisors: Supervisor[] };

/** More distinct actors than this between two registry reloads and the cache starts over (it is only a cache). */
const MAX_CACHED_JURISDICTIONS = 50_000;

/**
 * Resolves an actor's jurisdiction from the registry (a snapshot of regions, zones, units and supervisors, kept
 * for a few seconds; an import invalidates it at once in this process). Jurisdictions are computed once per actor
 * (by id, role, region, unit and supervisor) and snapshot: a new snapshot — every few seconds, or at once after an
 * import — starts the cache afresh, so a registry change reaches every request within SNAPSHOT_TTL_MS.
 */
@Injectable()
export class JurisdictionService {
  private snapshot: { data: FullSnapshot; at: number } | null = null;
  private loading: Promise<FullSnapshot> | null = null;
  private cachedFor: RegistrySnapshot | null = null;
  private readonly jurisdictions = new Map<string, Jurisdiction>();
  private directoryFor: { snapshot: RegistrySnapshot; directory: RegistryDirectory } | null = null;

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
    const snapshot = await this.registrySnapshot();
    if (this.cachedFor !== snapshot || this.jurisdictions.size >= MAX_CACHED_JURISDICTIONS) {
      this.jurisdictions.clear();
      this.cachedFor = snapshot;
    }
    const key = `${scoped.id}\u0000${scoped.role}\u0000${scoped.regionId ?? ''}\u0000${scoped.unitId ?? ''}\u0000${scoped.supervisorId ?? ''}`;
    let jurisdiction = this.jurisdictions.get(key);
    if (!jurisdiction) {
      jurisdiction = Object.freeze(computeJurisdiction(scoped, snapshot));
      this.jurisdictions.set(key, jurisdiction);
    }
    attachJurisdiction(actor, jurisdiction);
    return jurisdiction;
  }

  /** Regions, units and supervisors by id, from the same snapshot. */
  async directory(): Promise<RegistryDirectory> {
    const snapshot = await this.registrySnapshot();
    if (this.directoryFor?.snapshot !== snapshot) {
      const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item] as const));
      this.directoryFor = { snapshot, directory: { regions: byId(snapshot.regions), units: byId(snapshot.units), supervisors: byId(snapshot.supervisors) } };
    }
    return this.directoryFor.directory;
  }

  async scopeFilter(actor: ScopedActor): Promise<ScopeFilter> {
    return toScopeFilter(await this.resolve(actor));
  }

  async registrySnapshot(): Promise<FullSnapshot> {
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
          const data: FullSnapshot = { regions, zones, units, supervisors };
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
