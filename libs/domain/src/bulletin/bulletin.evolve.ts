import type { BulletinEvent } from './bulletin.events';
import { BulletinState, initialBulletinState } from './bulletin.state';

/** Never throws: an event that does not apply leaves the state as it was. */
export function evolveBulletin(state: BulletinState, event: BulletinEvent): BulletinState {
  if (!event || typeof event !== 'object' || !event.data) return state;
  switch (event.type) {
    case 'BulletinDrafted': {
      if (state.status !== 'initial') return state;
      const { bulletinId, title, period, issueIds, regionId, draftedAt, draftedBy, number } = event.data;
      return { status: 'draft', bulletinId, title, period, issueIds, regionId, draftedAt, draftedBy, ...(number ? { number } : {}), version: state.version + 1 };
    }
    case 'BulletinPublished': {
      if (state.status === 'initial') return state;
      const { scope, publishedAt, publishedBy } = event.data;
      return { ...state, status: 'published', scope, publishedAt, publishedBy, version: state.version + 1 };
    }
    default:
      return state;
  }
}

export function foldBulletin(events: readonly BulletinEvent[], from: BulletinState = initialBulletinState): BulletinState {
  return events.reduce(evolveBulletin, from);
}
