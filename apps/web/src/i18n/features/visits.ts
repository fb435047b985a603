import { defineMessages } from '../define-messages';

/** 督导记录: visits read again, and a supervisor's own schools beside the zone's. */
export const visitMessages = defineMessages({
  'visits.title': ['督导记录', 'Visits'],
  'visits.supervisor': ['督学', 'Supervisor'],
  'visits.issues': ['发现问题', 'Issues found'],
  'visits.issuesFound': ['本次督导发现的问题', 'Issues found at this visit'],
  'visits.noIssues': ['本次督导未登记问题。', 'No issue was registered from this visit.'],
  'visits.empty': ['暂无督导记录。', 'No visits recorded.'],
  'visits.recordedAt': ['录入时间', 'Recorded'],
  'visits.open': ['查看督导记录', 'Open the visit record'],
  'visits.pickVisit': ['来源督导记录', 'From the visit'],
  'visits.noVisit': ['不关联督导记录', 'Not from a recorded visit'],
  'schools.mine': ['我的责任校（{n} 所）', 'My assigned schools ({n})'],
  'schools.zone': ['本责任区其他学校（{n} 所，作为组长查看）', 'Other schools of my zone ({n}, as zone leader)'],
  'schools.coverageMine': ['{month} 我的责任校督导覆盖：{covered} / {total}', 'Visit coverage of my schools in {month}: {covered} / {total}'],
  'schools.coverageZone': ['责任区覆盖：{covered} / {total}', 'Zone coverage: {covered} / {total}'],
  'schools.assigned': ['本人责任校', 'My school'],
  'schools.zoneOnly': ['责任区学校', 'Zone school'],
  'schools.monthNotCounted': ['{month} 不计入督导覆盖（每学年按 10 个月计算，寒暑假月份不考核）。', '{month} does not count for visit coverage (the school year counts 10 months; holiday months are not judged).'],
  'schools.notCounted': ['本月不考核', 'Not judged this month'],
  'schools.formFor': ['记录督导 · {unit}', 'Record a visit · {unit}'],
});
