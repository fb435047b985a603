import type { MatterState } from '@app/domain';
import type { ScopedActor, ScopeTarget } from '../jurisdiction/jurisdiction.policy';

/**
 * What a matter is attached to for scoping: the office's region, and its lead unit — or, for a user of an
 * assisting unit, that unit (the lead and the assisting units all see and answer it).
 */
export function matterScope(state: MatterState, actor: ScopedActor): (ScopeTarget & { status: string }) | null {
  if (state.status === 'initial') return null;
  const handling = state.assignment ? [state.assignment.leadUnitId, ...state.assignment.assistingUnitIds] : [];
  const unitId = actor.role === 'unit' && actor.unitId && handling.includes(actor.unitId) ? actor.unitId : state.unitId;
  return { status: state.status, regionId: state.regionId, unitId };
}

/** The units a matter reaches (lead first), for reads. */
export function matterUnitIds(state: MatterState): string[] {
  return state.status !== 'initial' && state.assignment ? [state.assignment.leadUnitId, ...state.assignment.assistingUnitIds] : [];
}
