import { defineMessages } from '../define-messages';

/** The dashboard's range, empty states and the on-time definition. */
export const dashboardMessages = defineMessages({
  'dashboard.range': ['统计范围', 'Range'],
  'dashboard.semesterAutumn': ['{from}—{to} 学年第一学期', '{from}–{to} autumn semester'],
  'dashboard.semesterSpring': ['{from}—{to} 学年第二学期', '{from}–{to} spring semester'],
  'dashboard.allTime': ['全部时间', 'All time'],
  'dashboard.from': ['自', 'From'],
  'dashboard.to': ['至', 'To'],
  'dashboard.onTimeNote': ['按期整改：学校在有效期限（含批准的延期）内报送整改情况；按期限所在月份统计，不含尚未开始的月份。', 'On time: the school reported by the deadline in force (approved extensions included); counted by the month the deadline fell in, never a month ahead.'],
  'dashboard.overdueNow': ['当前逾期未整改', 'overdue now'],
  'dashboard.onTimeOf': ['{onTime} / {due} 份到期的整改通知', '{onTime} of {due} orders due'],
  'dashboard.noneDue': ['尚无到期的整改通知', 'no order due yet'],
  'dashboard.emptyIssues': ['该范围内没有登记问题。', 'No issue registered in this range.'],
  'dashboard.emptyMonths': ['该范围内还没有到期的整改通知。', 'No rectification order fell due in this range.'],
  'dashboard.emptyOverdue': ['当前没有逾期问题。', 'Nothing is overdue.'],
});
