import { demoRegistryData, type RegistryData } from '@app/registry';

/** The demo county's registry, read once: who supervises which school, and the usernames that act. */
export interface DemoCounty {
  data: RegistryData;
  /** the responsibility supervisor's username for a unit (sup01 for u-001) */
  supervisorOf(unitId: string): string;
  /** the school's own username (unit001 for u-001) */
  unitUser(unitId: string): string;
  unitName(unitId: string): string;
}

export function demoCounty(): DemoCounty {
  const { data } = demoRegistryData();
  const supervisorUser = new Map(data.supervisors.map((s) => [s.id, s.username ?? '']));
  const byUnit = new Map<string, string>();
  for (const s of data.supervisors) for (const unitId of s.assignedUnitIds) byUnit.set(unitId, supervisorUser.get(s.id) ?? '');
  const unitUsers = new Map(data.users.filter((u) => u.role === 'unit' && u.unitId).map((u) => [u.unitId as string, u.username]));
  const names = new Map(data.units.map((u) => [u.id, u.name]));
  return {
    data,
    supervisorOf: (unitId) => byUnit.get(unitId) ?? 'sup01',
    unitUser: (unitId) => unitUsers.get(unitId) ?? 'unit001',
    unitName: (unitId) => names.get(unitId) ?? '',
  };
}
