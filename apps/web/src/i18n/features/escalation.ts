import { defineMessages } from '../define-messages';

/** The escalation ladder past 督办 (DESIGN §3.8): manual 催办/督办, 约谈, the proposal for a criticism bulletin. */
export const escalationMessages = defineMessages({
  'escalation.remind': ['催办 / 督办', 'Urge / supervise'],
  'escalation.level': ['层级', 'Level'],
  'escalation.level.urge': ['催办', 'Urge (催办)'],
  'escalation.level.supervise': ['督办', 'Supervise (督办)'],
  'escalation.interview': ['约谈', 'Interview (约谈)'],
  'escalation.attendees': ['约谈对象（每行一人）', 'Attendees (one per line)'],
  'escalation.problems': ['指出的问题', 'Problems raised'],
  'escalation.commitments': ['整改承诺', 'Commitments'],
  'escalation.newDeadline': ['约定整改期限（不填则 10 个工作日）', 'New deadline (default: 10 working days)'],
  'escalation.ladder': ['督办进程', 'Escalation'],
  'escalation.interviewDueAt': ['{date} 起应予约谈', 'Interview due since {date}'],
  'escalation.interviewHeld': ['{date} 已约谈，约定 {deadline} 前整改到位', 'Interviewed {date}; to rectify by {deadline}'],
  'escalation.proposed': ['{date} 约谈后仍未整改：建议通报批评并立案问责', '{date}: still unrectified after the interview — criticism bulletin and accountability case proposed'],
  'event.InterviewDue': ['应予约谈', 'Interview due'],
  'event.InterviewHeld': ['约谈', 'Interview held'],
  'event.AccountabilityProposed': ['建议通报批评并问责', 'Criticism and accountability proposed'],
  'plain.LADDER_STEP_SKIPPED': ['督办须逐级进行：逾期后先催办，再督办，督办满 5 个工作日后方可约谈。', 'The ladder goes step by step: overdue, urge, supervise, then after 5 working days an interview.'],
  'plain.INTERVIEW_INCOMPLETE': ['请填写约谈对象、指出的问题和整改承诺。', 'Give the attendees, the problems raised and the commitments.'],
});
