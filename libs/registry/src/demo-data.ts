import demo from './data/demo-county.json';
import type { RegistryData } from './registry.types';

/** The demo county of DESIGN §5 (a copy of shared/data/demo-county.json), loaded in demo mode only. */
export function demoRegistryData(): { data: RegistryData; password: string } {
  const source = demo as unknown as RegistryData & { demoPassword: string };
  return {
    data: {
      regions: source.regions,
      zones: source.zones,
      units: source.units,
      supervisors: source.supervisors,
      users: source.users,
      categories: source.categories,
    },
    password: source.demoPassword,
  };
}
