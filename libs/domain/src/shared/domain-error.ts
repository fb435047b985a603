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
  | 'BULLETIN_PERIOD_INVALID'
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
  BULLETIN_PERIOD_INVALID: { zh: '通报期间有误：起止日期须为有效日期且起不晚于止', en: 'The period must be two dates, the first not after the second' },
  NOT_FOUND: { zh: '对象不存在', en: 'Not found' },
  ALREADY_EXISTS: { zh: '对象已存在', en: 'Already exists' },
};
