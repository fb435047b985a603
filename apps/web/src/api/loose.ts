import type { Loose } from './types';

/** Helpers to read read-model rows whose exact field names belong to the projections. */
export const str = (row: Loose, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    const value = row[key];
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
};

export const num = (row: Loose, ...keys: string[]): number | undefined => {
  for (const key of keys) {
    const value = row[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  }
  return undefined;
};

export const bool = (row: Loose, ...keys: string[]): boolean | undefined => {
  for (const key of keys) if (typeof row[key] === 'boolean') return row[key] as boolean;
  return undefined;
};

export const issueIdOf = (row: Loose) => str(row, 'issueId', 'id') ?? '';

/** `{a: 1, b: 2}` or `[{key: 'a', count: 1}]` → [['a', 1], …] */
export function pairs(value: unknown, keyNames: string[] = ['key', 'status', 'name', 'code', 'category', 'zoneId', 'zone', 'unitId', 'month', 'id'], countNames: string[] = ['count', 'total', 'value', 'n', 'overdue']): [string, number][] {
  if (Array.isArray(value)) {
    return value
      .filter((v): v is Loose => !!v && typeof v === 'object')
      .map((row) => [str(row, ...keyNames) ?? '?', num(row, ...countNames) ?? 0] as [string, number]);
  }
  if (value && typeof value === 'object') {
    return Object.entries(value as Loose).map(([k, v]) => [k, typeof v === 'number' ? v : num((v ?? {}) as Loose, ...countNames) ?? 0] as [string, number]);
  }
  return [];
}

/** Reads the first present key of an object. */
export const pick = (row: Loose | null | undefined, ...keys: string[]): unknown => {
  if (!row) return undefined;
  for (const key of keys) if (row[key] !== undefined && row[key] !== null) return row[key];
  return undefined;
};
