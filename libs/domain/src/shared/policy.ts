export interface Policy {
  maxDeadlineCalendarDays: number;
  maxExtensions: number;
  dueSoonWorkingDays: number;
  superviseAfterWorkingDays: number;
  /** 约谈 becomes due this many working days after the first 督办 (DESIGN §3.8) */
  interviewAfterWorkingDays: number;
  /** an interview that sets no new deadline gives the unit this many working days */
  interviewDeadlineWorkingDays: number;
  /** a major (严重) issue starts its ladder at 约谈 as soon as it is overdue */
  majorIssueStartsAtInterview: boolean;
  /** valid issue category codes (the nine matters 九大事项 by default; configuration, not code) */
  categories: string[];
  /** how 督查事项 days are counted (DESIGN §3.7): calendar days unless the office says working days */
  matterDayCount?: 'calendarDays' | 'workingDays';
}

export const DEFAULT_CATEGORIES: readonly string[] = [
  'policy',
  'management',
  'enrolment_fees',
  'curriculum',
  'student_burden',
  'teachers',
  'safety',
  'canteen_hygiene',
  'ethos',
];

export const DEFAULT_POLICY: Policy = {
  maxDeadlineCalendarDays: 90,
  maxExtensions: 2,
  dueSoonWorkingDays: 3,
  superviseAfterWorkingDays: 5,
  interviewAfterWorkingDays: 5,
  interviewDeadlineWorkingDays: 10,
  majorIssueStartsAtInterview: true,
  categories: [...DEFAULT_CATEGORIES],
};
