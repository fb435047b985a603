/** 专职 full-time, 兼职 part-time (条例 art. 6; 办法 art. 2). */
export type SupervisorKind = 'full_time' | 'part_time';
export const SUPERVISOR_KINDS: readonly SupervisorKind[] = ['full_time', 'part_time'];

/** 年度考核: 优秀, 称职, 基本称职, 不称职. */
export type AppraisalGrade = 'excellent' | 'competent' | 'basically_competent' | 'incompetent';
export const APPRAISAL_GRADES: readonly AppraisalGrade[] = ['excellent', 'competent', 'basically_competent', 'incompetent'];

/** 专兼职督学每年参加集中培训时间累计不少于40学时. */
export const YEARLY_TRAINING_HOURS = 40;
/** From October a year's shortfall is flagged: there is a quarter left to make it up. */
export const TRAINING_SHORTFALL_FROM_MONTH = 10;
/** One training record counts at most this many hours (a two-week course). */
export const MAX_HOURS_PER_TRAINING = 120;
