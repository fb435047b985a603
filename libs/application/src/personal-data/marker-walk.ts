import { isProtectedValue, type ProtectedValue } from '@app/event-store';

/** Every protected value inside `value`, at any depth. */
export function collectMarkers(value: unknown, into: ProtectedValue[] = []): ProtectedValue[] {
  if (value === null || typeof value !== 'object') return into;
  if (isProtectedValue(value)) {
    into.push(value);
    return into;
  }
  if (Array.isArray(value)) for (const item of value) collectMarkers(item, into);
  else for (const item of Object.values(value)) collectMarkers(item, into);
  return into;
}

/** `value` with every protected value replaced by `replace(marker)`; parts without one are shared, not copied. */
export function replaceMarkers(value: unknown, replace: (marker: ProtectedValue) => unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isProtectedValue(value)) return replace(value);
  if (Array.isArray(value)) {
    let changed = false;
    const mapped = value.map((item) => {
      const next = replaceMarkers(item, replace);
      changed ||= next !== item;
      return next;
    });
    return changed ? mapped : value;
  }
  let copy: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value)) {
    const next = replaceMarkers(item, replace);
    if (next !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = next;
  }
  return copy ?? value;
}
