import type { BulletinEvent } from './bulletin.events';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A 'YYYY-MM' period as its first and last day. */
function monthPeriod(label: string): { from: string; to: string } | null {
  const match = MONTH.exec(label);
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${label}-01`, to: `${label}-${String(last).padStart(2, '0')}` };
}

/**
 * Older shapes, read as today's:
 * - a BulletinPublished recorded before bulletins took snapshots has no `items`: upcast to `items: null`, meaning
 *   "what this bulletin saw is unknown" — its results count for nothing under 有结果必通报 (see issue.upcast.ts);
 * - a BulletinDrafted recorded before documents (#13) has no kind or body and a free-text period.
 */
export function upcastBulletinEvent(event: BulletinEvent): BulletinEvent {
  if (event.type === 'BulletinPublished') return Array.isArray(event.data.items) ? event : { ...event, data: { ...event.data, items: null } };
  if (event.type !== 'BulletinDrafted') return event;
  const data = event.data as Omit<typeof event.data, 'period'> & { period: unknown };
  if (data.kind && typeof data.body === 'string' && (data.period === null || typeof data.period === 'object')) return event;
  const label = typeof data.period === 'string' ? data.period : null;
  const period = typeof data.period === 'object' && data.period !== null ? (data.period as { from: string; to: string }) : label ? monthPeriod(label) : null;
  return {
    ...event,
    data: { ...data, kind: data.kind ?? 'problems', body: typeof data.body === 'string' ? data.body : '', period, ...(label && !period ? { periodLabel: label } : {}) },
  };
}
