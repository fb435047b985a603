import { beijing, word } from './export-vocabulary';
import type { ExportColumn } from './list-export';
import type { RegistryNames } from './registry-names';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A row without a document number (created before numbering) is named by its title alone: never by its uuid. */
const numberOf = (row: Row) => row.number ?? '';

export const issueColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '问题编号', en: 'Number', value: numberOf },
  { zh: '问题标题', en: 'Title', value: (r) => r.title },
  { zh: '被督导单位', en: 'Unit', value: (r) => r.unitName ?? names.unit(r.unitId) },
  { zh: '责任区', en: 'Zone', value: (r) => names.zone(r.zoneId) },
  { zh: '督导事项', en: 'Matter', value: (r, lang) => names.category(r.category, lang) },
  { zh: '问题程度', en: 'Severity', value: (r, lang) => word(lang, 'severity', r.severity) },
  { zh: '状态', en: 'Status', value: (r, lang) => word(lang, 'status', r.status) },
  { zh: '是否逾期', en: 'Overdue', value: (r, lang) => word(lang, 'yesNo', r.overdue ? 'yes' : 'no') },
  { zh: '整改期限', en: 'Deadline', value: (r) => beijing(r.deadline) },
  { zh: '发现时间', en: 'Found', value: (r) => beijing(r.foundAt) },
];

export const overdueColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '问题编号', en: 'Number', value: numberOf },
  { zh: '问题标题', en: 'Title', value: (r) => r.title },
  { zh: '被督导单位', en: 'Unit', value: (r) => r.unitName ?? names.unit(r.unitId) },
  { zh: '问题程度', en: 'Severity', value: (r, lang) => word(lang, 'severity', r.severity) },
  { zh: '整改期限', en: 'Deadline', value: (r) => beijing(r.deadline) },
  { zh: '逾期天数', en: 'Days overdue', value: (r) => r.daysOverdue },
  { zh: '逾期工作日', en: 'Working days overdue', value: (r) => r.workingDaysOverdue },
  { zh: '催督级别', en: 'Reminder level', value: (r, lang) => word(lang, 'reminder', r.reminderLevel ?? 'none') },
  { zh: '问责', en: 'Accountability', value: (r, lang) => word(lang, 'accountability', r.accountability) },
];

export const alertColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '时间', en: 'Raised', value: (r) => beijing(r.occurredAt) },
  { zh: '类型', en: 'Kind', value: (r, lang) => word(lang, 'alertKind', r.kind) },
  { zh: '问题编号', en: 'Number', value: numberOf },
  { zh: '事项', en: 'Subject', value: (r) => r.title },
  { zh: '被督导单位', en: 'Unit', value: (r) => r.unitName ?? names.unit(r.unitId) },
  { zh: '期限', en: 'Deadline', value: (r) => (r.kind === 'coverage_missed' ? r.month : beijing(r.deadline)) },
  { zh: '已解除', en: 'Resolved', value: (r, lang) => word(lang, 'yesNo', r.resolvedAt ? 'yes' : 'no') },
];

export const bulletinColumns: ExportColumn<Row>[] = [
  { zh: '文号', en: 'Number', value: (r) => r.number ?? '' },
  { zh: '类别', en: 'Kind', value: (r, lang) => word(lang, 'bulletinKind', r.kind ?? 'problems') },
  { zh: '标题', en: 'Title', value: (r) => r.title },
  { zh: '期次', en: 'Period', value: (r) => r.period },
  { zh: '状态', en: 'Status', value: (r, lang) => word(lang, 'bulletinStatus', r.status ?? 'published') },
  { zh: '发布范围', en: 'Scope', value: (r, lang) => word(lang, 'scope', r.scope) },
  { zh: '问题数', en: 'Issues', value: (r) => (Array.isArray(r.issueIds) ? r.issueIds.length : null) },
  { zh: '发布时间', en: 'Published', value: (r) => beijing(r.publishedAt) },
];

export const coverageColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '责任督学', en: 'Supervisor', value: (r) => r.supervisorName },
  { zh: '责任区', en: 'Zone', value: (r) => names.zone(r.zoneId) },
  { zh: '学校', en: 'School', value: (r) => r.unitName ?? names.unit(r.unitId) },
  { zh: '本月督导次数', en: 'Visits', value: (r) => r.visits },
  { zh: '是否覆盖', en: 'Covered', value: (r, lang) => word(lang, 'yesNo', r.met ? 'yes' : 'no') },
];

export const visitColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '督导日期', en: 'Date', value: (r) => r.date },
  { zh: '学校', en: 'School', value: (r) => r.unitName ?? names.unit(r.unitId) },
  { zh: '责任区', en: 'Zone', value: (r) => names.zone(r.zoneId) },
  { zh: '督学', en: 'Supervisor', value: (r) => names.supervisorOfUser(r.supervisorUserId) },
  { zh: '督导类型', en: 'Kind', value: (r, lang) => word(lang, 'visitKind', r.kind) },
  { zh: '检查事项', en: 'Matters', value: (r, lang) => (Array.isArray(r.matters) ? r.matters.map((m: string) => names.category(m, lang)).join(lang === 'en' ? '; ' : '、') : '') },
  { zh: '发现问题数', en: 'Issues found', value: (r) => r.issueCount },
  { zh: '督导记录', en: 'Notes', value: (r) => r.notes },
];

export const inboxColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '待办事项', en: 'To do', value: (r, lang) => word(lang, 'toDo', r.kind) },
  { zh: '问题编号', en: 'Number', value: numberOf },
  { zh: '问题标题', en: 'Title', value: (r) => r.title },
  { zh: '被督导单位', en: 'Unit', value: (r) => names.unit(r.unitId) },
  { zh: '问题程度', en: 'Severity', value: (r, lang) => word(lang, 'severity', r.severity) },
  { zh: '期限', en: 'Due', value: (r) => beijing(r.dueAt) },
  { zh: '起始时间', en: 'Since', value: (r) => beijing(r.since) },
];
