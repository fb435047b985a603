import type { BulletinScope } from '../issue/issue.types';
import type { BulletinItem } from './bulletin-snapshot';

export interface BulletinDetails {
  bulletinId: string;
  /** the document number (督通〔2026〕3号), when the bulletin was given one */
  number?: string;
  title: string;
  period: string | null;
  issueIds: string[];
  regionId: string;
  draftedAt: string;
  draftedBy: string;
  version: number;
}

export type BulletinState =
  | { status: 'initial'; version: number }
  | (BulletinDetails & { status: 'draft' })
  | (BulletinDetails & { status: 'published'; scope: BulletinScope; publishedAt: string; publishedBy: string; items: BulletinItem[] | null });

export const initialBulletinState: BulletinState = Object.freeze({ status: 'initial', version: 0 }) as BulletinState;
