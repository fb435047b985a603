import type { BulletinScope } from '../issue/issue.types';
import type { BulletinItem } from './bulletin-snapshot';
import type { BulletinContent } from './bulletin.types';

export interface BulletinDetails extends BulletinContent {
  bulletinId: string;
  /** the document number (督通〔2026〕3号), when the bulletin was given one */
  number?: string;
  /** a free-text period of a bulletin drafted before periods were dates */
  periodLabel?: string;
  regionId: string;
  draftedAt: string;
  draftedBy: string;
  revisedAt?: string;
  version: number;
}

export type BulletinState =
  | { status: 'initial'; version: number }
  | (BulletinDetails & { status: 'draft' })
  | (BulletinDetails & { status: 'published'; scope: BulletinScope; publishedAt: string; publishedBy: string; items: BulletinItem[] | null });

export const initialBulletinState: BulletinState = Object.freeze({ status: 'initial', version: 0 }) as BulletinState;
