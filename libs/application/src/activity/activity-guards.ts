import { DomainError, type Actor, type ActivityCommand, type ActivityState, type PlanActivity } from '@app/domain';
import type { RegistryRepository } from '@app/registry';
import { assertMayCommandAtUnit } from '../jurisdiction/jurisdiction.guards';
import { markOutOfJurisdiction, type Jurisdiction } from '../jurisdiction/jurisdiction.policy';
import { ForbiddenError, NotFoundError } from '../preconditions';
import { activityAccess } from './activity-access';

/** The registry supervisor an acting user is (null for other roles). */
export async function supervisorIdOf(actor: Actor & { supervisorId?: string }, registry: RegistryRepository): Promise<string | null> {
  if (actor.role !== 'supervisor') return null;
  return actor.supervisorId ?? (await registry.findUser(actor.id))?.supervisorId ?? null;
}

/** A plan names registry units: each must exist (404) and lie in the planner's jurisdiction (403), all in one region. */
export async function planRegion(command: PlanActivity, actor: Actor, jurisdiction: Jurisdiction, registry: RegistryRepository): Promise<string> {
  if (actor.role === 'supervisor' && command.kind !== 'joint') throw new ForbiddenError('a supervisor plans joint visits (联合视导) only');
  const regions = new Set<string>();
  for (const unitId of new Set(command.targetUnitIds)) {
    const unit = await registry.findUnit(unitId);
    if (!unit) throw new NotFoundError(`unit ${unitId} does not exist`);
    assertMayCommandAtUnit(actor, jurisdiction, command.type, { unitId: unit.id, regionId: unit.regionId });
    regions.add(unit.regionId);
  }
  if (regions.size > 1) throw new DomainError('UNIT_NOT_TARGETED', 'the target units of one activity lie in one region', [{ field: 'targetUnitIds', message: 'one region' }]);
  return [...regions][0] ?? actor.regionId ?? '';
}

export function assertActivityAccess(actor: Actor, supervisorId: string | null, jurisdiction: Jurisdiction, type: ActivityCommand['type'], state: ActivityState): void {
  if (state.status === 'initial') return; // the plan was checked before; other commands: the decider answers NOT_FOUND
  const access = activityAccess(actor, supervisorId, jurisdiction, type, state);
  if (access.allowed) return;
  if (access.status === 404) throw markOutOfJurisdiction(new DomainError('NOT_FOUND', 'no such activity'), access.reason);
  throw markOutOfJurisdiction(new ForbiddenError(access.reason), access.reason);
}
