/** Every business rule a decider can refuse a command with (DESIGN §3), plus stream existence. */
export type DomainErrorCode =
  | 'RECHECK_REQUIRED'
  | 'ON_SITE_RECHECK_REQUIRED'
  | 'RESULT_NOT_REPORTED'
  | 'ACCOUNTABILITY_REQUIRED'
  | 'ORDER_ALREADY_OPEN'
  | 'NO_OPEN_ORDER'
  | 'REPORT_REQUIRED'
  | 'DEADLINE_NOT_IN_FUTURE'
  | 'DEADLINE_TOO_FAR'
  | 'EXTENSION_NOT_ALLOWED'
  | 'RECHECKER_NOT_INDEPENDENT'
  | 'ACCOUNTABILITY_TARGET_INVALID'
  | 'ISSUE_CLOSED'
  | 'ISSUE_WITHDRAWN'
  | 'INVALID_TRANSITION'
  | 'CALENDAR_OUT_OF_RANGE'
  | 'CALENDAR_INVALID'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_MEASURE'
  | 'BULLETIN_ALREADY_PUBLISHED'
  | 'BULLETIN_EMPTY'
  | 'LADDER_STEP_SKIPPED'
  | 'INTERVIEW_INCOMPLETE'
  | 'STATEMENT_NOT_HEARD'
  | 'APPROVER_NOT_CHAIR'
  | 'DECISION_INCOMPLETE'
  | 'MEASURE_REFERRAL_ONLY'
  | 'STATUTORY_WINDOW_CLOSED'
  | 'REMEDY_ALREADY_USED'
  | 'CASE_CLOSED'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS';

export interface FieldError {
  field: string;
  message: string;
}

/** A broken business rule. The HTTP layer maps it to 422 (NOT_FOUND → 404, ALREADY_EXISTS → 409). */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export const DOMAIN_ERROR_TITLES: Record<DomainErrorCode, { zh: string; en: string }> = {
  RECHECK_REQUIRED: { zh: '须经复查合格方可销号', en: 'A passed recheck is required' },
  ON_SITE_RECHECK_REQUIRED: { zh: '须实地复查', en: 'An on-site recheck is required' },
  RESULT_NOT_REPORTED: { zh: '整改结果尚未通报', en: 'The result has not been reported in a bulletin' },
  ACCOUNTABILITY_REQUIRED: { zh: '须先作出问责处理', en: 'An accountability decision is required' },
  ORDER_ALREADY_OPEN: { zh: '已有未完成的整改通知', en: 'A rectification order is already open' },
  NO_OPEN_ORDER: { zh: '没有进行中的整改通知', en: 'No rectification order is open' },
  REPORT_REQUIRED: { zh: '尚未提交整改报告', en: 'A rectification report is required' },
  DEADLINE_NOT_IN_FUTURE: { zh: '整改期限必须晚于当前时间', en: 'The deadline must be in the future' },
  DEADLINE_TOO_FAR: { zh: '整改期限超出允许范围', en: 'The deadline is too far away' },
  EXTENSION_NOT_ALLOWED: { zh: '不允许延期', en: 'Extension not allowed' },
  RECHECKER_NOT_INDEPENDENT: { zh: '复查人员须独立于被督导单位', en: 'The rechecker is not independent' },
  ACCOUNTABILITY_TARGET_INVALID: { zh: '问责对象无效', en: 'Invalid accountability target' },
  ISSUE_CLOSED: { zh: '问题已办结', en: 'The issue is closed' },
  ISSUE_WITHDRAWN: { zh: '问题已撤销', en: 'The issue was withdrawn' },
  INVALID_TRANSITION: { zh: '当前状态不允许此操作', en: 'Not allowed in the current state' },
  CALENDAR_OUT_OF_RANGE: { zh: '日期超出工作日历范围', en: 'Date outside the workday calendar' },
  CALENDAR_INVALID: { zh: '放假安排有误，未发布', en: 'The holiday schedule is not valid' },
  UNKNOWN_CATEGORY: { zh: '未知的督导事项', en: 'Unknown category' },
  UNKNOWN_MEASURE: { zh: '无效的问责方式', en: 'Invalid accountability measure' },
  BULLETIN_ALREADY_PUBLISHED: { zh: '通报已发布', en: 'The bulletin is already published' },
  BULLETIN_EMPTY: { zh: '通报未包含任何问题', en: 'The bulletin lists no issues' },
  LADDER_STEP_SKIPPED: { zh: '督办层级不可越级', en: 'An escalation step cannot be skipped' },
  INTERVIEW_INCOMPLETE: { zh: '约谈记录不完整', en: 'The interview record is incomplete' },
  STATEMENT_NOT_HEARD: { zh: '未听取陈述和申辩，不得作出决定', en: 'No decision before the statement and defence are heard or waived' },
  APPROVER_NOT_CHAIR: { zh: '须经督导委员会主任或副主任批准', en: 'Approval needs the committee chair or vice-chair' },
  DECISION_INCOMPLETE: { zh: '问责决定书要素不全', en: 'The decision document lacks statutory fields' },
  MEASURE_REFERRAL_ONLY: { zh: '该问责方式只能移送有关机关处理', en: 'This measure can only be referred' },
  STATUTORY_WINDOW_CLOSED: { zh: '已超过法定期限', en: 'The statutory window has closed' },
  REMEDY_ALREADY_USED: { zh: '复核或申诉只能提出一次', en: 'Review or appeal may be requested once only' },
  CASE_CLOSED: { zh: '问责案件已归档或撤销', en: 'The case is archived or dismissed' },
  NOT_FOUND: { zh: '对象不存在', en: 'Not found' },
  ALREADY_EXISTS: { zh: '对象已存在', en: 'Already exists' },
};
