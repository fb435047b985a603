import type { BulletinScope } from '../issue/issue.types';

/** number: claimed from the region's counter (督通〔2026〕3号) once the draft was found acceptable */
export type DraftBulletin = { type: 'DraftBulletin'; bulletinId: string; title: string; period?: string; issueIds: string[]; regionId: string; number?: string };
/** publishing makes the process manager send ReportResult to every listed issue */
export type PublishBulletin = { type: 'PublishBulletin'; scope: BulletinScope };

export type BulletinCommand = DraftBulletin | PublishBulletin;
