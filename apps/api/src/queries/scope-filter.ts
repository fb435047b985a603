import { attachedJurisdiction, toScopeFilter } from '@app/application';
import type { ReadScope } from '@app/projections';
import type { AuthenticatedActor } from '../auth/authenticated-actor';

/**
 * The one place list reads are limited to what the caller may see (DESIGN §4 Scope): the caller's jurisdiction
 * (libs/application/src/jurisdiction/jurisdiction.policy.ts) as a filter —
 *   leader, coordinator, auditor (and admin) → { regionIds: their region subtree }  (the city sees both counties)
 *   supervisor → { unitIds: assigned schools, or the whole zone they lead }
 *   unit → { unitIds: [own unit] }
 * The caller's own filters are AND-ed with it, so they can only narrow. The AuthGuard resolves the jurisdiction
 * for every authenticated request; an actor without one (never expected) sees nothing — fail closed.
 */
export function scopeFilter(actor: AuthenticatedActor): ReadScope {
  const jurisdiction = attachedJurisdiction(actor);
  if (!jurisdiction) return { unitIds: [] };
  return toScopeFilter(jurisdiction);
}

/** Whether a single row (unit, region) is inside the scope; out of scope reads answer 404. */
export function inScope(scope: ReadScope, row: { unitId: string; regionId: string }): boolean {
  return (!scope.unitIds || scope.unitIds.includes(row.unitId)) && (!scope.regionIds || scope.regionIds.includes(row.regionId));
}
