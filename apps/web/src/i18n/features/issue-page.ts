import { defineMessages } from '../define-messages';

/** The issue page: what the school reported, the steps so far, a confirmation after each command. */
export const issuePageMessages = defineMessages({
  'issue.history': ['办理经过', 'What happened so far'],
  'issue.latestReport': ['学校最近一次整改报告', "The school's latest report"],
  'timeline.raw': ['原始记录', 'Raw record'],
  'timeline.stepsSoFar': ['截至此时共 {n} 条记录', '{n} events so far'],
  'issue.updated': ['已提交，页面已更新。', 'Done; the page shows the result.'],
});
