import type { BulletinScope } from '../issue/issue.types';
import type { BulletinItem } from './bulletin-snapshot';

export type BulletinDrafted = {
  type: 'BulletinDrafted';
  data: { bulletinId: string; title: string; period: string | null; issueIds: string[]; regionId: string; draftedAt: string; draftedBy: string; number?: string };
};
/** items: the snapshot of every listed issue, in issueIds order; null on a bulletin published before snapshots */
export type BulletinPublished = {
  type: 'BulletinPublished';
  data: { bulletinId: string; scope: BulletinScope; issueIds: string[]; items: BulletinItem[] | null; publishedAt: string; publishedBy: string };
};

export type BulletinEvent = BulletinDrafted | BulletinPublished;
export const BULLETIN_EVENT_TYPES: readonly BulletinEvent['type'][] = ['BulletinDrafted', 'BulletinPublished'];
