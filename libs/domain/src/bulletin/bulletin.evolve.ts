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
      const { bulletinId, kind, title, period, periodLabel, body, issueIds, regionId, draftedAt, draftedBy, number } = event.data;
      return {
        status: 'draft', bulletinId, kind, title, period, body, issueIds, regionId, draftedAt, draftedBy,
        ...(periodLabel ? { periodLabel } : {}), ...(number ? { number } : {}), version: state.version + 1,
      };
    }
    case 'BulletinRevised': {
      if (state.status !== 'draft') return state;
      const { kind, title, period, body, issueIds, revisedAt } = event.data;
      const { periodLabel: _replaced, ...rest } = state;
      return { ...rest, kind, title, period, body, issueIds, revisedAt, version: state.version + 1 };
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
