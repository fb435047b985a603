/** The words of the domain in both languages, for exported files (the UI has its own copy in apps/web/src/i18n). */
export type Lang = 'zh' | 'en';

const WORDS: Record<string, Record<string, [string, string]>> = {
  status: {
    open: ['待整改', 'Open'], rectifying: ['限时整改', 'Rectifying'], awaiting_recheck: ['待复查', 'Awaiting recheck'],
    rectified: ['已整改', 'Rectified'], closed: ['已销号', 'Closed'], withdrawn: ['已撤销', 'Withdrawn'],
  },
  severity: { general: ['一般', 'General'], serious: ['较重', 'Serious'], major: ['严重', 'Major'] },
  reminder: { urge: ['催办', 'Urged'], supervise: ['督办', 'Supervised'], none: ['无', 'None'] },
  accountability: { decided: ['已问责', 'Decided'], required: ['待问责', 'Required'], none: ['不涉及', 'Not required'] },
  alertKind: {
    due_soon: ['即将到期', 'Due soon'], overdue: ['逾期', 'Overdue'], reminder: ['催办/督办', 'Reminder'],
    coverage_missed: ['月度督导未覆盖', 'Monthly visit missed'], extension_requested: ['延期申请待审批', 'Extension to decide'],
    visit_report_overdue: ['督导报告逾期', 'Visit report overdue'], training_short: ['培训学时不足', 'Training hours short'],
  },
  visitKind: {
    routine: ['经常性督导（挂牌）', 'Routine'], special: ['专项督导', 'Special'], comprehensive: ['综合督导', 'Comprehensive'],
    unannounced: ['暗访', 'Unannounced'], complaint: ['举报核实', 'Complaint check'],
  },
  visitMethod: {
    briefing: ['听取汇报', 'Briefing'], lesson_observation: ['随机听课', 'Lesson observation'], campus_tour: ['巡视校园', 'Campus tour'],
    document_review: ['查阅资料', 'Document review'], meeting_attendance: ['列席会议', 'Sitting in on a meeting'], interviews: ['座谈走访', 'Discussions and visits'],
    questionnaire: ['问卷调查', 'Questionnaire'], team_huddle: ['小组碰头', 'Team huddle'], feedback_session: ['集中反馈', 'Feedback to the school'],
  },
  scope: { internal: ['内部通报', 'Internal'], public: ['公开通报', 'Public'] },
  bulletinStatus: { draft: ['草稿', 'Draft'], published: ['已发布', 'Published'] },
  yesNo: { yes: ['是', 'Yes'], no: ['否', 'No'] },
  numberKind: {
    issue: ['问题', 'Issue'], order: ['整改通知', 'Rectification order'], bulletin: ['督导通报', 'Bulletin'],
    activity: ['督导活动', 'Supervision activity'], notice: ['督导通知书', 'Notice'], letter: ['督导意见书', 'Opinion letter'],
  },
  toDo: {
    order: ['待下达整改', 'Order rectification'], rectify: ['待我整改', 'To rectify'], extension: ['待我审批延期', 'Extension to decide'],
    recheck: ['待我复查', 'To recheck'], accountability: ['待问责决定', 'Accountability to decide'], report: ['待通报', 'To report in a bulletin'],
    close: ['待销号', 'Ready to close'],
  },
};

export function word(lang: Lang, group: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const entry = WORDS[group]?.[value];
  return entry ? entry[lang === 'en' ? 1 : 0] : value;
}

/** An instant as Beijing time, YYYY-MM-DD HH:mm (or the date alone). */
export function beijing(instant: string | Date | null | undefined, dateOnly = false): string {
  if (!instant) return '';
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  const text = new Date(ms + 8 * 3_600_000).toISOString().replace('T', ' ');
  return dateOnly ? text.slice(0, 10) : text.slice(0, 16);
}
