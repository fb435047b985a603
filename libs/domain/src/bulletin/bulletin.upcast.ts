import type { BulletinEvent } from './bulletin.events';

/**
 * A BulletinPublished recorded before bulletins took snapshots has no `items`: upcast to `items: null`, meaning
 * "what this bulletin saw is unknown" — its results count for nothing under 有结果必通报 (see issue.upcast.ts).
 */
export function upcastBulletinEvent(event: BulletinEvent): BulletinEvent {
  if (event.type !== 'BulletinPublished' || Array.isArray(event.data.items)) return event;
  return { ...event, data: { ...event.data, items: null } };
}
