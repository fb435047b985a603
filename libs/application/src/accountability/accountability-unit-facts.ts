import type { UnitFacts } from '@app/domain';
import type { RegistryRepository } from '@app/registry';
import { covers, type Jurisdiction } from '../jurisdiction/jurisdiction.policy';

/** What the registry says about the units an accountability decision names: known, in the jurisdiction, superiors. */
export async function accountabilityUnitFacts(registry: RegistryRepository, ids: readonly unknown[], jurisdiction: Jurisdiction): Promise<Record<string, UnitFacts>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
  const units = await registry.unitsWithSuperiors(wanted);
  return Object.fromEntries(
    units.map((unit) => [
      unit.id,
      { unitId: unit.id, name: unit.name, regionId: unit.regionId, superiorUnitIds: unit.superiorUnitIds, inActorJurisdiction: covers(jurisdiction, { unitId: unit.id, regionId: unit.regionId }) },
    ]),
  );
}
