/** 经常性/挂牌 routine, 专项 special, 综合 comprehensive, 暗访 unannounced, 举报核实 complaint */
export type VisitKind = 'routine' | 'special' | 'comprehensive' | 'unannounced' | 'complaint';
export const VISIT_KINDS: readonly VisitKind[] = ['routine', 'special', 'comprehensive', 'unannounced', 'complaint'];

/**
 * The flow of a visit (挂牌督导方案; 办法 art. 6): 听取汇报 briefing, 随机听课 lesson observation, 巡视校园 campus tour,
 * 查阅资料 document review, 列席会议 sitting in on a meeting, 座谈走访 discussions and home visits, 问卷调查 questionnaire,
 * 小组碰头 the team's huddle, 集中反馈 the feedback given to the school on the spot.
 */
export const VISIT_METHODS = [
  'briefing',
  'lesson_observation',
  'campus_tour',
  'document_review',
  'meeting_attendance',
  'interviews',
  'questionnaire',
  'team_huddle',
  'feedback_session',
] as const;
export type VisitMethod = (typeof VISIT_METHODS)[number];

/** A visit lasts at most this many days (a comprehensive one a few days; a routine one half a day or one). */
export const MAX_VISIT_DAYS = 10;

/** The visit report is due this many working days after the visit (及时向教育督导部门提交报告). */
export const VISIT_REPORT_WORKING_DAYS = 3;
