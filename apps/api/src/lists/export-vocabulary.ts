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
  },
  visitKind: {
    routine: ['经常性督导（挂牌）', 'Routine'], special: ['专项督导', 'Special'], comprehensive: ['综合督导', 'Comprehensive'],
    unannounced: ['暗访', 'Unannounced'], complaint: ['举报核实', 'Complaint check'],
  },
  scope: { internal: ['内部通报', 'Internal'], public: ['公开通报', 'Public'] },
  measure: {
    public_criticism: ['公开批评', 'Public criticism'], interview: ['约谈', 'Interview'], bulletin_notice: ['督导通报', 'Bulletin notice'],
    resource_adjustment: ['资源调整', 'Resource adjustment'], administrative_penalty: ['行政处罚', 'Administrative penalty'],
    ordered_self_examination: ['责令检查', 'Ordered self-examination'], notified_criticism: ['通报批评', 'Notified criticism'],
    organisational_handling: ['组织处理', 'Organisational handling'], disciplinary_sanction: ['处分', 'Disciplinary sanction'], referral: ['移交', 'Referral'],
  },
  recheckOutcome: { passed: ['复查通过', 'Passed'], failed: ['复查未通过', 'Failed'] },
  bulletinStatus: { draft: ['草稿', 'Draft'], published: ['已发布', 'Published'] },
  bulletinKind: { problems: ['问题通报', 'Problems'], rectification: ['整改情况通报', 'Rectification status'], commendation: ['表扬通报', 'Commendation'] },
  yesNo: { yes: ['是', 'Yes'], no: ['否', 'No'] },
  numberKind: { issue: ['问题', 'Issue'], order: ['整改通知', 'Rectification order'], bulletin: ['督导通报', 'Bulletin'] },
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
