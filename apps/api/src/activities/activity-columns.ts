import type { ExportColumn } from '../lists/list-export';
import type { RegistryNames } from '../lists/registry-names';
import { word, type Lang } from '../lists/export-vocabulary';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const KIND: Record<string, [string, string]> = { joint: ['联合视导', 'Joint visit'], special: ['专项督导', 'Special'], comprehensive: ['综合督导', 'Comprehensive'] };
const STAGE: Record<string, [string, string]> = {
  planned: ['已立项', 'Planned'], team_formed: ['已组队', 'Team formed'], notified: ['已通知', 'Notified'], on_site: ['实地督导', 'On site'],
  preliminary_opinion: ['初步意见', 'Preliminary opinion'], opinion_letter: ['督导意见书', 'Opinion letter'], reported: ['报告定稿', 'Reports final'],
  published: ['报告已发布', 'Published'], closed: ['已结束', 'Closed'],
};
const pick = (table: Record<string, [string, string]>, value: string, lang: Lang) => table[value]?.[lang === 'en' ? 1 : 0] ?? value;

/** The activity list as exported (the one list path): names and numbers, never ids. */
export const activityColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '编号', en: 'Number', value: (r) => r.number },
  { zh: '类型', en: 'Kind', value: (r, lang) => pick(KIND, r.kind, lang) },
  { zh: '名称', en: 'Title', value: (r) => r.title },
  { zh: '督导对象', en: 'Targets', value: (r, lang) => (r.targetUnitIds as string[]).map((id) => names.unit(id)).join(lang === 'en' ? '; ' : '、') },
  { zh: '开始', en: 'From', value: (r) => r.from },
  { zh: '结束', en: 'To', value: (r) => r.to },
  { zh: '进度', en: 'Stage', value: (r, lang) => pick(STAGE, r.stage, lang) },
  { zh: '报告发布', en: 'Report published', value: (r, lang) => (r.publishedScope ? word(lang, 'scope', r.publishedScope) : '') },
];
