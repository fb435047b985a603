import type { BulletinScope } from '../issue/issue.types';

export type BulletinDrafted = {
  type: 'BulletinDrafted';
  data: { bulletinId: string; title: string; period: string | null; issueIds: string[]; regionId: string; draftedAt: string; draftedBy: string; number?: string };
};
export type BulletinPublished = {
  type: 'BulletinPublished';
  data: { bulletinId: string; scope: BulletinScope; issueIds: string[]; publishedAt: string; publishedBy: string };
};

export type BulletinEvent = BulletinDrafted | BulletinPublished;
export const BULLETIN_EVENT_TYPES: readonly BulletinEvent['type'][] = ['BulletinDrafted', 'BulletinPublished'];
