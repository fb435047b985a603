export interface Policy {
  maxDeadlineCalendarDays: number;
  maxExtensions: number;
  dueSoonWorkingDays: number;
  superviseAfterWorkingDays: number;
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
  categories: [...DEFAULT_CATEGORIES],
};
