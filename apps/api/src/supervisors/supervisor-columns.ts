import type { ExportColumn } from '../lists/list-export';
import type { RegistryNames } from '../lists/registry-names';
import { word } from '../lists/export-vocabulary';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const GRADE: Record<string, [string, string]> = { excellent: ['优秀', 'Excellent'], competent: ['称职', 'Competent'], basically_competent: ['基本称职', 'Basically competent'], incompetent: ['不称职', 'Incompetent'] };

/** 督学履职情况: the compliance list as exported. */
export const supervisorColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '督学', en: 'Supervisor', value: (r) => r.name },
  { zh: '责任区', en: 'Zone', value: (r) => names.zone(r.zoneId) },
  { zh: '类别', en: 'Kind', value: (r, lang) => (r.kind === 'part_time' ? (lang === 'en' ? 'Part-time' : '兼职') : lang === 'en' ? 'Full-time' : '专职') },
  { zh: '责任校数', en: 'Schools', value: (r) => (Array.isArray(r.assignedUnitIds) ? r.assignedUnitIds.length : 0) },
  { zh: '本学年已达标（校·月）', en: 'School-months met', value: (r) => `${r.metSchoolMonths}/${r.requiredSchoolMonths}` },
  { zh: '本学年督导次数', en: 'Visits this school year', value: (r) => r.visitsThisSchoolYear },
  { zh: '本年培训学时', en: 'Training hours this year', value: (r) => r.trainingHours },
  { zh: '培训学时不足', en: 'Training short', value: (r, lang) => word(lang, 'yesNo', r.trainingShortfall ? 'yes' : 'no') },
  { zh: '回避学校', en: 'Recused from', value: (r, lang) => (r.conflictUnitIds as string[]).map((id) => names.unit(id)).join(lang === 'en' ? '; ' : '、') },
  { zh: '最近考核', en: 'Latest appraisal', value: (r, lang) => (r.appraisal ? `${r.appraisal.year} ${GRADE[r.appraisal.grade]?.[lang === 'en' ? 1 : 0] ?? r.appraisal.grade}` : '') },
];
