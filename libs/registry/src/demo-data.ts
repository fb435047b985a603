import demo from './data/demo-county.json';
import type { RegistryData, Unit } from './registry.types';

/**
 * The demo county of DESIGN §5 (a copy of shared/data/demo-county.json), loaded in demo mode only, with each
 * region's education bureau (教育局) added as a unit: the superior department of every school in the region, and
 * of the bureaus of the regions below (accountability may target it, DESIGN §3.2).
 */
export function demoRegistryData(): { data: RegistryData; password: string } {
  const source = demo as unknown as RegistryData & { demoPassword: string };
  return {
    data: {
      regions: source.regions,
      zones: source.zones,
      units: withEducationBureaus(source),
      supervisors: source.supervisors,
      users: source.users,
      categories: source.categories,
    },
    password: source.demoPassword,
  };
}

/** The id of the demo education bureau of a region (u-bureau-r-demo-county, …). */
export const educationBureauId = (regionId: string): string => `u-bureau-${regionId}`;
/** The id of the demo people's government of a region (u-gov-r-demo-county, …): the unit a 督政 evaluation evaluates. */
export const governmentUnitId = (regionId: string): string => `u-gov-${regionId}`;

function withEducationBureaus(source: RegistryData): Unit[] {
  const bureaus: Unit[] = source.regions.map((region) => ({
    id: educationBureauId(region.id),
    code: `bureau_${region.id.replace(/[^a-z0-9]/g, '_')}`,
    name: `${region.name}教育局`,
    type: 'education_bureau',
    regionId: region.id,
    zoneId: null,
    parentUnitId: region.parentId ? educationBureauId(region.parentId) : null,
  }));
  const schools = source.units.map((unit) => ({ ...unit, parentUnitId: educationBureauId(unit.regionId) }));
  // 督政 (DESIGN §3.7): each region's government, the unit its evaluations are about
  const governments: Unit[] = source.regions.map((region) => ({
    id: governmentUnitId(region.id), code: `gov_${region.id.replace(/[^a-z0-9]/g, '_')}`, name: `${region.name}人民政府`, type: 'government',
    regionId: region.id, zoneId: null, parentUnitId: region.parentId ? governmentUnitId(region.parentId) : null,
  }));
  return [...governments, ...bureaus, ...schools];
}
