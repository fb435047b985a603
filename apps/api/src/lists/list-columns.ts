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
  // an issue's, a complaint's or a matter's number
  { zh: '编号', en: 'Number', value: numberOf },
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
  { zh: '本月是否计入', en: 'Month counted', value: (r, lang) => word(lang, 'yesNo', r.counted === false ? 'no' : 'yes') },
  { zh: '本学年已督导月数/应督导月数', en: 'School year: months visited / counted so far', value: (r) => (r.yearMonthsCounted === undefined ? '' : `${r.yearMonthsMet}/${r.yearMonthsCounted}`) },
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
  { zh: '督导方式', en: 'Methods', value: (r, lang) => (Array.isArray(r.methods) ? r.methods.map((m: string) => word(lang, 'visitMethod', m)).join(lang === 'en' ? '; ' : '、') : '') },
  { zh: '时长（天）', en: 'Days', value: (r) => r.durationDays },
  { zh: '成绩与亮点', en: 'Highlights', value: (r) => r.highlights },
  { zh: '存在问题', en: 'Problems', value: (r) => r.problems },
  { zh: '意见建议', en: 'Suggestions', value: (r) => r.suggestions },
  { zh: '现场反馈', en: 'On-site feedback', value: (r) => r.onSiteFeedback },
  { zh: '报告截止', en: 'Report due', value: (r) => beijing(r.reportDueAt) },
  { zh: '报告提交', en: 'Report submitted', value: (r) => beijing(r.reportSubmittedAt) },
  { zh: '报告逾期', en: 'Report overdue', value: (r, lang) => word(lang, 'yesNo', r.reportOverdue || r.reportLate ? 'yes' : 'no') },
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

/** 督查事项 register (GET /matters): units by name, never by id. */
export const matterColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '督查编号', en: 'Number', value: numberOf },
  { zh: '事项', en: 'Matter', value: (r) => r.title },
  { zh: '来源', en: 'Source', value: (r, lang) => word(lang, 'matterSource', r.sourceKind) },
  { zh: '类别', en: 'Tier', value: (r, lang) => word(lang, 'matterTier', r.tier) },
  { zh: '牵头单位', en: 'Lead unit', value: (r) => (r.unitId ? names.unit(r.unitId) : '') },
  { zh: '协办单位', en: 'Assisting units', value: (r, lang) => (Array.isArray(r.unitIds) ? r.unitIds.slice(1).map((id: string) => names.unit(id)).join(lang === 'en' ? '; ' : '、') : '') },
  { zh: '状态', en: 'Status', value: (r, lang) => word(lang, 'matterStatus', r.status) },
  { zh: '办理期限', en: 'Due', value: (r) => beijing(r.dueAt) },
  { zh: '是否逾期', en: 'Overdue', value: (r, lang) => word(lang, 'yesNo', r.overdue ? 'yes' : 'no') },
  { zh: '催督级别', en: 'Reminder level', value: (r, lang) => word(lang, 'reminder', r.reminderLevel ?? 'none') },
  { zh: '退办次数', en: 'Sent back', value: (r) => r.returns },
  { zh: '立项时间', en: 'Registered', value: (r) => beijing(r.registeredAt) },
];

/** 督政 scores across governments and years (GET /evaluations). */
export const evaluationColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '年度', en: 'Year', value: (r) => r.year },
  { zh: '被评价政府', en: 'Government', value: (r) => names.unit(r.unitId) },
  { zh: '状态', en: 'Status', value: (r, lang) => word(lang, 'evaluationStatus', r.status) },
  { zh: '自评得分', en: 'Self-score', value: (r) => r.selfTotal },
  { zh: '自评等级', en: 'Self-grade', value: (r) => r.selfGrade ?? '' },
  { zh: '评价得分', en: 'Score', value: (r) => r.total },
  { zh: '评价等级', en: 'Grade', value: (r) => r.grade ?? '' },
  { zh: '结论时间', en: 'Concluded', value: (r) => beijing(r.concludedAt) },
  { zh: '报告文号', en: 'Report number', value: (r) => r.reportNumber ?? '' },
  { zh: '报告发布', en: 'Report published', value: (r, lang) => (r.publishedScope ? word(lang, 'reportScope', r.publishedScope) : '') },
  { zh: '发布时间', en: 'Published', value: (r) => beijing(r.publishedAt) },
];

/** 督查事项 by lead unit for one year (annual assessment). */
export const matterSummaryColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '牵头单位', en: 'Lead unit', value: (r) => names.unit(r.unitId) },
  { zh: '督查事项数', en: 'Matters', value: (r) => r.matters },
  { zh: '按期办结', en: 'Closed on time', value: (r) => r.onTime },
  { zh: '逾期办结', en: 'Closed late', value: (r) => r.late },
  { zh: '退办次数', en: 'Times sent back', value: (r) => r.returned },
  { zh: '逾期未办结', en: 'Open past due', value: (r) => r.overdueOpen },
];

/** 投诉登记簿: never the complainant's name or contact (the register does not hold them). */
export const complaintColumns = (names: RegistryNames): ExportColumn<Row>[] => [
  { zh: '投诉编号', en: 'Number', value: numberOf },
  { zh: '受理时间', en: 'Received', value: (r) => beijing(r.receivedAt) },
  { zh: '来源渠道', en: 'Channel', value: (r, lang) => word(lang, 'complaintChannel', r.channel) },
  { zh: '被投诉单位', en: 'Unit', value: (r) => r.unitName ?? names.unit(r.unitId) },
  { zh: '责任区', en: 'Zone', value: (r) => names.zone(r.zoneId) },
  { zh: '投诉内容', en: 'Summary', value: (r) => r.summary },
  { zh: '匿名', en: 'Anonymous', value: (r, lang) => word(lang, 'yesNo', r.anonymous ? 'yes' : 'no') },
  { zh: '核实督学', en: 'Supervisor', value: (r) => names.supervisor(r.supervisorId) },
  { zh: '核实期限', en: 'Verify by', value: (r) => beijing(r.verifyBy, true) },
  { zh: '是否逾期', en: 'Overdue', value: (r, lang) => word(lang, 'yesNo', r.overdue ? 'yes' : 'no') },
  { zh: '状态', en: 'Status', value: (r, lang) => word(lang, 'complaintStatus', r.status) },
  { zh: '核实结论', en: 'Outcome', value: (r, lang) => word(lang, 'verificationOutcome', r.outcome) },
  { zh: '立项问题数', en: 'Issues registered', value: (r) => (Array.isArray(r.issueIds) ? r.issueIds.length : 0) },
  { zh: '答复时间', en: 'Replied', value: (r) => beijing(r.lastRepliedAt) },
  { zh: '办结时间', en: 'Closed', value: (r) => beijing(r.closedAt) },
];
