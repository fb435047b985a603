import type { RegistryRepository } from '@app/registry';
import type { Lang } from './export-vocabulary';

export interface RegistryNames {
  category(code: string | null | undefined, lang: Lang): string;
  zone(id: string | null | undefined): string;
  unit(id: string | null | undefined): string;
  supervisorOfUser(userId: string | null | undefined): string;
  supervisor(id: string | null | undefined): string;
}

/** Names for the codes and ids a list row carries, read once per export. */
export async function registryNames(registry: RegistryRepository): Promise<RegistryNames> {
  const [categories, zones, units, supervisors, users] = await Promise.all([
    registry.listCategories(), registry.listZones(), registry.listUnits(), registry.listSupervisors(), registry.listUsers('supervisor'),
  ]);
  const categoryBy = new Map(categories.map((c) => [c.code, c]));
  const zoneBy = new Map(zones.map((z) => [z.id, z.name]));
  const unitBy = new Map(units.map((u) => [u.id, u.name]));
  const supervisorBy = new Map(supervisors.map((s) => [s.id, s.name]));
  const supervisorOfUser = new Map(users.map((u) => [u.id, u.supervisorId ? supervisorBy.get(u.supervisorId) ?? '' : '']));
  return {
    category: (code, lang) => {
      const c = code ? categoryBy.get(code) : undefined;
      return c ? (lang === 'en' && c.nameEn ? c.nameEn : c.name) : (code ?? '');
    },
    zone: (id) => (id ? (zoneBy.get(id) ?? '') : ''),
    unit: (id) => (id ? (unitBy.get(id) ?? '') : ''),
    supervisorOfUser: (id) => (id ? (supervisorOfUser.get(id) ?? '') : ''),
    supervisor: (id) => (id ? (supervisorBy.get(id) ?? '') : ''),
  };
}
