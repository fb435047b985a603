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
  | 'VISIT_DATE_IN_FUTURE'
  | 'VISIT_RECORD_INVALID'
  | 'TEAM_TOO_SMALL'
  | 'CONFLICT_OF_INTEREST'
  | 'TEAM_REQUIRED'
  | 'NOT_A_TEAM_MEMBER'
  | 'NOTICE_REQUIRED'
  | 'UNIT_NOT_TARGETED'
  | 'ISSUE_NOT_FROM_ACTIVITY'
  | 'STATEMENT_WINDOW_CLOSED'
  | 'STATEMENT_WINDOW_OPEN'
  | 'RECTIFICATION_NOT_ORDERED'
  | 'REPORTS_NOT_FINALIZED'
  | 'REPORT_NOT_PUBLISHED'
  | 'ACTIVITY_CLOSED'
  | 'SUPERVISOR_RECORD_INVALID'
  | 'LADDER_STEP_SKIPPED'
  | 'INTERVIEW_INCOMPLETE'
  | 'STATEMENT_NOT_HEARD'
  | 'APPROVER_NOT_CHAIR'
  | 'DECISION_INCOMPLETE'
  | 'MEASURE_REFERRAL_ONLY'
  | 'STATUTORY_WINDOW_CLOSED'
  | 'REMEDY_ALREADY_USED'
  | 'CASE_CLOSED'
  | 'BULLETIN_PERIOD_INVALID'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  // 督查事项 (DESIGN §3.7)
  | 'MATTER_TIER_DAYS_INVALID'
  | 'MATTER_UNIT_INVALID'
  | 'NOT_LEAD_UNIT'
  | 'NOT_HANDLING_UNIT'
  | 'MATTER_CLOSED'
  // 督政 (DESIGN §3.7)
  | 'FRAMEWORK_INVALID'
  | 'UNKNOWN_INDICATOR'
  | 'SCORE_OUT_OF_RANGE'
  | 'SUBJECT_UNIT_INVALID'
  | 'SELF_EVALUATION_INCOMPLETE'
  | 'EVALUATION_REVIEW_INCOMPLETE'
  | 'EVALUATION_CONCLUDED'
  | 'EVALUATION_NOT_CONCLUDED'
  | 'EVALUATION_ALREADY_PUBLISHED'
  | 'NOT_EVALUATION_TEAM_MEMBER'
  | 'UNKNOWN_TEAM_MEMBER'
  | 'COMPLAINANT_REQUIRED'
  | 'VERIFIER_NOT_ASSIGNED'
  | 'VERIFICATION_ISSUES_INVALID'
  | 'COMPLAINT_NOT_VERIFIED'
  | 'COMPLAINT_ALREADY_VERIFIED'
  | 'REPLY_REQUIRED'
  | 'COMPLAINT_CLOSED'
  | 'QUARTER_INVALID'
  | 'SAMPLE_RATE_INVALID';

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
  VISIT_DATE_IN_FUTURE: { zh: '督导日期不能晚于今天', en: 'The visit date is in the future' },
  VISIT_RECORD_INVALID: { zh: '督导记录填写有误（督导方式或时长）', en: 'Invalid visit record (method or duration)' },
  TEAM_TOO_SMALL: { zh: '专项督导和综合督导的督导小组不少于3名督学', en: 'The team is too small' },
  CONFLICT_OF_INTEREST: { zh: '督学与被督导单位有利害关系，应当回避', en: 'A supervisor has a conflict of interest' },
  TEAM_REQUIRED: { zh: '须先组成督导小组', en: 'Form the team first' },
  NOT_A_TEAM_MEMBER: { zh: '不是督导小组成员', en: 'Not a team member' },
  NOTICE_REQUIRED: { zh: '实施督导前须书面通知被督导单位', en: 'A written notice is required first' },
  UNIT_NOT_TARGETED: { zh: '该单位不在本次督导范围内', en: 'The unit is not a target' },
  ISSUE_NOT_FROM_ACTIVITY: { zh: '问题不是本次督导在该单位发现的', en: 'The issue is not from this activity' },
  STATEMENT_WINDOW_CLOSED: { zh: '陈述申辩期限已过', en: 'The statement window has closed' },
  STATEMENT_WINDOW_OPEN: { zh: '陈述申辩期限未满', en: 'The statement window is still open' },
  RECTIFICATION_NOT_ORDERED: { zh: '督导意见书所列问题须已下达整改通知', en: 'Every listed issue needs an open rectification order' },
  REPORTS_NOT_FINALIZED: { zh: '尚有学校的督导报告未定稿', en: 'Some reports are not final' },
  REPORT_NOT_PUBLISHED: { zh: '专项、综合督导报告须向社会公布后方可结束', en: 'The report must be published first' },
  ACTIVITY_CLOSED: { zh: '督导活动已结束', en: 'The activity is closed' },
  SUPERVISOR_RECORD_INVALID: { zh: '督学履职记录填写有误', en: 'Invalid supervisor record' },
  LADDER_STEP_SKIPPED: { zh: '督办层级不可越级', en: 'An escalation step cannot be skipped' },
  INTERVIEW_INCOMPLETE: { zh: '约谈记录不完整', en: 'The interview record is incomplete' },
  STATEMENT_NOT_HEARD: { zh: '未听取陈述和申辩，不得作出决定', en: 'No decision before the statement and defence are heard or waived' },
  APPROVER_NOT_CHAIR: { zh: '须经督导委员会主任或副主任批准', en: 'Approval needs the committee chair or vice-chair' },
  DECISION_INCOMPLETE: { zh: '问责决定书要素不全', en: 'The decision document lacks statutory fields' },
  MEASURE_REFERRAL_ONLY: { zh: '该问责方式只能移送有关机关处理', en: 'This measure can only be referred' },
  STATUTORY_WINDOW_CLOSED: { zh: '已超过法定期限', en: 'The statutory window has closed' },
  REMEDY_ALREADY_USED: { zh: '复核或申诉只能提出一次', en: 'Review or appeal may be requested once only' },
  CASE_CLOSED: { zh: '问责案件已归档或撤销', en: 'The case is archived or dismissed' },
  BULLETIN_PERIOD_INVALID: { zh: '通报期间有误：起止日期须为有效日期且起不晚于止', en: 'The period must be two dates, the first not after the second' },
  NOT_FOUND: { zh: '对象不存在', en: 'Not found' },
  ALREADY_EXISTS: { zh: '对象已存在', en: 'Already exists' },
  MATTER_TIER_DAYS_INVALID: { zh: '办理期限不符合分级要求', en: 'The time limit does not fit the tier' },
  MATTER_UNIT_INVALID: { zh: '承办单位无效', en: 'Invalid handling unit' },
  NOT_LEAD_UNIT: { zh: '仅牵头单位可办理此项', en: 'Only the lead unit may do this' },
  NOT_HANDLING_UNIT: { zh: '非本事项承办单位', en: 'Not a handling unit of this matter' },
  MATTER_CLOSED: { zh: '督查事项已办结', en: 'The matter is closed' },
  FRAMEWORK_INVALID: { zh: '评价指标体系有误', en: 'The indicator framework is not valid' },
  UNKNOWN_INDICATOR: { zh: '未知的评价指标', en: 'Unknown indicator' },
  SCORE_OUT_OF_RANGE: { zh: '得分超出该指标分值', en: 'The score is outside the range of the indicator' },
  SUBJECT_UNIT_INVALID: { zh: '被评价单位无效', en: 'Invalid unit under evaluation' },
  SELF_EVALUATION_INCOMPLETE: { zh: '自评须逐项打分', en: 'Every indicator must be scored' },
  EVALUATION_REVIEW_INCOMPLETE: { zh: '尚有指标未复核', en: 'Some indicators are not reviewed yet' },
  EVALUATION_CONCLUDED: { zh: '评价已作出结论', en: 'The evaluation is concluded' },
  EVALUATION_NOT_CONCLUDED: { zh: '评价尚未作出结论，不能发布报告', en: 'The evaluation is not concluded yet' },
  EVALUATION_ALREADY_PUBLISHED: { zh: '评价报告已发布', en: 'The evaluation report is already published' },
  NOT_EVALUATION_TEAM_MEMBER: { zh: '非本次督导评价组成员，不能复核指标', en: 'Only the evaluation team reviews an indicator' },
  UNKNOWN_TEAM_MEMBER: { zh: '督导评价组成员须为已登记的用户', en: 'Every team member must be a registered user' },
  COMPLAINANT_REQUIRED: { zh: '非匿名举报须登记举报人姓名和联系方式', en: 'The complainant’s name and contact are required unless anonymous' },
  VERIFIER_NOT_ASSIGNED: { zh: '该投诉未分派给您核实', en: 'The complaint is assigned to another supervisor' },
  VERIFICATION_ISSUES_INVALID: { zh: '核实属实须登记问题，不属实不得登记问题', en: 'Substantiated complaints register issues; unsubstantiated ones none' },
  COMPLAINT_NOT_VERIFIED: { zh: '投诉尚未核实', en: 'The complaint is not verified yet' },
  COMPLAINT_ALREADY_VERIFIED: { zh: '投诉已核实', en: 'The complaint is already verified' },
  REPLY_REQUIRED: { zh: '须先答复举报人方可办结', en: 'Reply to the complainant before closing' },
  COMPLAINT_CLOSED: { zh: '投诉已办结', en: 'The complaint is closed' },
  QUARTER_INVALID: { zh: '季度无效或尚未结束', en: 'Not a quarter that has ended' },
  SAMPLE_RATE_INVALID: { zh: '抽查比例或随机种子无效', en: 'Invalid sampling rate or seed' },
};
