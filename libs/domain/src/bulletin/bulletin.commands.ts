import type { BulletinScope } from '../issue/issue.types';
import type { BulletinItem } from './bulletin-snapshot';
import type { BulletinContent } from './bulletin.types';

/** number: claimed from the region's counter (督通〔2026〕3号) once the draft was found acceptable */
export type DraftBulletin = { type: 'DraftBulletin'; bulletinId: string; regionId: string; number?: string } & BulletinContent;
/** A draft rewritten as a whole (PUT /bulletins/:id): only while it is a draft. */
export type ReviseBulletin = { type: 'ReviseBulletin' } & BulletinContent;
/**
 * Publishing carries the snapshot of every listed issue, taken by the publishing handler just before; the process
 * manager then sends ReportResult to every listed issue with the version its item saw.
 */
export type PublishBulletin = { type: 'PublishBulletin'; scope: BulletinScope; items: BulletinItem[] };
export type BulletinCommand = DraftBulletin | ReviseBulletin | PublishBulletin;
