import type { BulletinScope } from '../issue/issue.types';
import type { BulletinItem } from './bulletin-snapshot';
import type { BulletinKind, BulletinPeriod } from './bulletin.types';

/**
 * kind and body were added with documents (#13): older drafts have neither (upcast: a problems bulletin with an
 * empty body) and a free-text period such as '2026-03' (upcast: a month → its dates; anything else → periodLabel).
 */
export type BulletinDrafted = {
  type: 'BulletinDrafted';
  data: {
    bulletinId: string; kind: BulletinKind; title: string; period: BulletinPeriod | null; periodLabel?: string; body: string; issueIds: string[];
    regionId: string; draftedAt: string; draftedBy: string; number?: string;
  };
};
export type BulletinRevised = {
  type: 'BulletinRevised';
  data: { bulletinId: string; kind: BulletinKind; title: string; period: BulletinPeriod | null; body: string; issueIds: string[]; revisedAt: string; revisedBy: string };
};
/** items: the snapshot of every listed issue, in issueIds order; null on a bulletin published before snapshots */
export type BulletinPublished = {
  type: 'BulletinPublished';
  data: { bulletinId: string; scope: BulletinScope; issueIds: string[]; items: BulletinItem[] | null; publishedAt: string; publishedBy: string };
};
export type BulletinEvent = BulletinDrafted | BulletinRevised | BulletinPublished;
export const BULLETIN_EVENT_TYPES: readonly BulletinEvent['type'][] = ['BulletinDrafted', 'BulletinRevised', 'BulletinPublished'];
