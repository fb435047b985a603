import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useSession } from '../auth/session-context';
import { useI18n } from '../i18n/i18n-context';
import { get } from './client';
import type { Category, Me, Unit, Zone } from './types';
import { useResource } from './use-resource';

interface Registry {
  me: Me | null;
  units: Unit[];
  zones: Zone[];
  categories: Category[];
  unitName(id: string | null | undefined): string;
  zoneName(id: string | null | undefined): string;
  categoryName(code: string | null | undefined): string;
  unitById: Map<string, Unit>;
}

const RegistryContext = createContext<Registry | null>(null);

/** Names for ids (units, zones, the nine matters) within the signed-in user's jurisdiction. */
export function RegistryProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const { lang } = useI18n();
  const key = user?.id ?? 'anonymous';
  const me = useResource<Me>(user ? (s) => get('/me', s) : null, key);
  const units = useResource<Unit[]>(user ? async (s) => (await get<{ items: Unit[] }>('/directory/units', s)).items : null, key);
  const zones = useResource<Zone[]>(user ? (s) => get('/registry/zones', s) : null, key);
  const categories = useResource<Category[]>(user ? (s) => get('/registry/categories', s) : null, key);

  const value = useMemo<Registry>(() => {
    const unitById = new Map((units.data ?? []).map((u) => [u.id, u]));
    const zoneById = new Map((zones.data ?? []).map((z) => [z.id, z]));
    const categoryByCode = new Map((categories.data ?? []).map((c) => [c.code, c]));
    return {
      me: me.data,
      units: units.data ?? [],
      zones: zones.data ?? [],
      categories: categories.data ?? [],
      unitById,
      // Never an id on screen: a name the registry does not know shows as a dash.
      unitName: (id) => (id ? (unitById.get(id)?.name ?? '—') : '—'),
      zoneName: (id) => (id ? (zoneById.get(id)?.name ?? '—') : '—'),
      categoryName: (code) => {
        if (!code) return '—';
        const c = categoryByCode.get(code);
        return c ? (lang === 'en' && c.nameEn ? c.nameEn : c.name) : '—';
      },
    };
  }, [me.data, units.data, zones.data, categories.data, lang]);

  return <RegistryContext.Provider value={value}>{children}</RegistryContext.Provider>;
}

export function useRegistry(): Registry {
  const value = useContext(RegistryContext);
  if (!value) throw new Error('useRegistry outside RegistryProvider');
  return value;
}
