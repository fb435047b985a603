import type { ExportColumn } from '../lists/list-export';
import { beijing, word } from '../lists/export-vocabulary';
import type { RegistryNames } from '../lists/registry-names';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The accountability register as exported: numbers and names, never ids; no persons' names (only how many). */
export const caseColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '案件编号', en: 'Case number', value: (r) => r.number ?? '' },
  { zh: '被问责单位', en: 'Units held accountable', value: (r) => (r.subjectUnitIds as string[]).map((id) => names.unit(id)).join('、') },
  { zh: '被问责人数', en: 'Persons', value: (r) => r.personSubjects },
  { zh: '阶段', en: 'Stage', value: (r, lang) => word(lang, 'caseStage', r.stage) },
  { zh: '立案时间', en: 'Opened', value: (r) => beijing(r.openedAt) },
  { zh: '下一法定期限', en: 'Next statutory date', value: (r, lang) => (r.nextClock ? `${word(lang, 'caseClock', r.nextClock)} ${beijing(r.nextDueAt, true)}` : '') },
  { zh: '逾期法定期限数', en: 'Windows missed', value: (r) => r.missedWindows },
  { zh: '决定书文号', en: 'Decision number', value: (r) => r.docNumber ?? '' },
  { zh: '决定时间', en: 'Decided', value: (r) => beijing(r.decidedAt) },
  { zh: '问责方式', en: 'Measures', value: (r, lang) => (r.measures as string[]).map((m) => word(lang, 'measure', m)).join('、') },
  { zh: '从重情节', en: 'Aggravated', value: (r, lang) => word(lang, 'yesNo', r.aggravated ? 'yes' : 'no') },
  { zh: '一年内多次被问责', en: 'Repeat subject', value: (r, lang) => word(lang, 'yesNo', r.repeatSubject ? 'yes' : 'no') },
];
