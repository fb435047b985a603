import type { BulletinItem } from '@app/domain';
import { chineseDate } from '../../documents/document-format';
import { beijing, word } from '../../lists/export-vocabulary';

/** A bulletin as its files print it: the office's header, number, title, period, body, a table and the date (in Chinese). */
export interface BulletinRenderModel {
  office: string;
  number: string;
  title: string;
  kind: string;
  period: string | null;
  paragraphs: string[];
  note: string;
  columns: string[];
  rows: string[][];
  signedOn: string;
  draft: boolean;
}

type Item = Pick<BulletinItem, 'number' | 'category' | 'title' | 'deadline' | 'overdue'> & { unitName: string | null; severity: string; status: string } &
  Partial<Pick<BulletinItem, 'rectificationSummary' | 'reportedLate' | 'recheckOutcome' | 'accountabilityMeasures'>> & {
    accountabilityUnits?: Array<{ kind: 'unit' | 'person'; unitName: string | null }>;
  };

export interface RenderableBulletin {
  number: string | null;
  kind: string;
  title: string;
  period: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  body: string;
  regionName: string | null;
  status: string;
  draftedAt?: string;
  publishedAt: string | null;
  items: Item[] | null;
  preview?: Item[] | null;
  categoryNames: Record<string, { zh: string; en: string }>;
}

const KINDS: Record<string, string> = { problems: '问题通报', rectification: '整改情况通报', commendation: '表扬通报' };
const COLUMNS = ['序号', '学校（单位）', '问题编号', '存在问题', '类别/程度', '整改期限', '整改情况', '复查结果', '问责情况', '状态'];


/** The words of a bulletin's document, the same for the PDF and the Word file. Persons appear only as their unit. */
export function bulletinRenderModel(doc: RenderableBulletin): BulletinRenderModel {
  const items = doc.items ?? doc.preview ?? [];
  const signed = beijing(doc.publishedAt ?? doc.draftedAt ?? null, true);
  const accountability = (item: Item) =>
    [
      ...(item.accountabilityMeasures ?? []).map((m) => word('zh', 'measure', m)),
      ...(item.accountabilityUnits ?? []).map((u) => (u.kind === 'person' ? `${u.unitName ?? ''}相关责任人` : (u.unitName ?? ''))),
    ].join('；') || '—';
  return {
    office: `${doc.regionName ?? ''}人民政府教育督导室`,
    number: doc.number ?? '',
    title: doc.title,
    kind: KINDS[doc.kind] ?? doc.kind,
    period: doc.periodFrom && doc.periodTo ? `${chineseDate(doc.periodFrom)}至${chineseDate(doc.periodTo)}` : doc.period,
    paragraphs: doc.body.split(/\n+/).map((p) => p.trim()).filter(Boolean),
    note: doc.status === 'draft' ? '（草稿）下表为所列问题的当前状态，发布时将固定为发布时的状态。' : '下表为发布时各问题的状态。',
    columns: COLUMNS,
    rows: items.map((item, i) => [
      String(i + 1),
      item.unitName ?? '—',
      item.number ?? '—',
      item.title,
      `${doc.categoryNames[item.category]?.zh ?? item.category}/${word('zh', 'severity', item.severity)}`,
      `${item.deadline ? beijing(item.deadline, true) : '—'}${item.overdue ? '（已逾期）' : ''}`,
      `${item.rectificationSummary ?? '尚未报告'}${item.reportedLate ? '（逾期报告）' : ''}`,
      item.recheckOutcome ? word('zh', 'recheckOutcome', item.recheckOutcome) : '—',
      accountability(item),
      word('zh', 'status', item.status),
    ]),
    signedOn: signed ? chineseDate(signed) : '',
    draft: doc.status === 'draft',
  };
}
