import type { BulletinScope } from '../issue/issue.types';

export type DraftBulletin = { type: 'DraftBulletin'; bulletinId: string; title: string; period?: string; issueIds: string[]; regionId: string };
/** publishing makes the process manager send ReportResult to every listed issue */
export type PublishBulletin = { type: 'PublishBulletin'; scope: BulletinScope };

export type BulletinCommand = DraftBulletin | PublishBulletin;
