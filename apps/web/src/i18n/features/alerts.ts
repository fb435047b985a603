import { defineMessages } from '../define-messages';

/** Alerts that end with their condition, say when they were raised, and can be set aside per person. */
export const alertMessages = defineMessages({
  'alerts.states': ['预警范围', 'Which alerts'],
  'alerts.state.active': ['待处理', 'Open'],
  'alerts.state.dismissed': ['已忽略', 'Dismissed'],
  'alerts.state.resolved': ['已解除', 'Resolved'],
  'alerts.state.all': ['全部', 'All'],
  'alerts.noneActive': ['没有待处理的预警。', 'No open alerts.'],
  'alerts.kind.extension_requested': ['延期申请待审批', 'Extension to decide'],
  'alerts.kind.interview_due': ['督办后仍未整改，应予约谈', 'Interview (约谈) due after supervision'],
  'alerts.kind.accountability_proposed': ['约谈后仍未整改，建议通报批评并问责', 'Still unrectified after the interview: criticism bulletin and accountability proposed'],
  'alerts.reason.interview_held': ['已约谈', 'the interview was held'],
  'alerts.coverageText': ['{month} {unit} 未获责任督学到校督导', '{unit}: no visit by its responsibility supervisor in {month}'],
  'alerts.proposed': ['申请延至 {date}', 'Asks for {date}'],
  'alerts.raisedAt': ['{time} 发出', 'Raised {time}'],
  'alerts.resolvedAt': ['{time} 已解除', 'Resolved {time}'],
  'alerts.reason.order_replaced': ['已下达新的整改通知', 'a new order replaced it'],
  'alerts.reason.deadline_extended': ['期限已延长', 'the deadline was extended'],
  'alerts.reason.extension_decided': ['延期申请已审批', 'the extension was decided'],
  'alerts.reason.reported': ['学校已报送整改情况', 'the school reported'],
  'alerts.reason.closed': ['问题已销号', 'the issue was closed'],
  'alerts.reason.withdrawn': ['问题已撤销', 'the issue was withdrawn'],
  'alerts.dismiss': ['忽略', 'Dismiss'],
  'alerts.restore': ['恢复', 'Restore'],
});
