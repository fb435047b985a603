/** 问题通报 · 整改情况通报 · 表扬通报 (DESIGN §3.4). */
export type BulletinKind = 'problems' | 'rectification' | 'commendation';
export const BULLETIN_KINDS: readonly BulletinKind[] = ['problems', 'rectification', 'commendation'];

/** The period a bulletin covers, as calendar dates (Asia/Shanghai), both days included. */
export interface BulletinPeriod {
  from: string;
  to: string;
}

/** What a draft says: set when drafted, replaced by each revision until it is published. */
export interface BulletinContent {
  kind: BulletinKind;
  title: string;
  period: BulletinPeriod | null;
  body: string;
  issueIds: string[];
}
