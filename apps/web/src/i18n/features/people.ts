import { defineMessages } from '../define-messages';

/** Names of people and of the system's own actors (never their ids). */
export const peopleMessages = defineMessages({
  'people.system': ['系统', 'System'],
  'people.system.deadline-clock': ['系统（期限提醒）', 'System (deadline clock)'],
  'people.system.coverage-clock': ['系统（督导覆盖检查）', 'System (visit coverage check)'],
  'people.system.bulletin-results': ['系统（通报结果登记）', 'System (bulletin results)'],
  'people.system.demo-history': ['系统（演示数据）', 'System (demo data)'],
  'people.system.deadline-recompute': ['系统（期限重算）', 'System (deadline recomputation)'],
  'people.unknown': ['其他人员', 'Someone else'],
  'role.system': ['系统', 'System'],
  'role.public': ['公众', 'Public'],
});
