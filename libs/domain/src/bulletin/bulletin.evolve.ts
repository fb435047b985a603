import type { BulletinEvent } from './bulletin.events';
import { BulletinState, initialBulletinState } from './bulletin.state';
import { upcastBulletinEvent } from './bulletin.upcast';

/** Never throws: an event that does not apply leaves the state as it was. Older shapes are upcast first. */
export function evolveBulletin(state: BulletinState, recorded: BulletinEvent): BulletinState {
  if (!recorded || typeof recorded !== 'object' || !recorded.data) return state;
  const event = upcastBulletinEvent(recorded);
  switch (event.type) {
    case 'BulletinDrafted': {
      if (state.status !== 'initial') return state;
      const { bulletinId, title, period, issueIds, regionId, draftedAt, draftedBy, number } = event.data;
      return { status: 'draft', bulletinId, title, period, issueIds, regionId, draftedAt, draftedBy, ...(number ? { number } : {}), version: state.version + 1 };
    }
    case 'BulletinPublished': {
      if (state.status === 'initial') return state;
      const { scope, publishedAt, publishedBy, items } = event.data;
      return { ...state, status: 'published', scope, publishedAt, publishedBy, items, version: state.version + 1 };
    }
    default:
      return state;
  }
}

export function foldBulletin(events: readonly BulletinEvent[], from: BulletinState = initialBulletinState): BulletinState {
  return events.reduce(evolveBulletin, from);
}
