import { endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from './shanghai-time';
import type { WorkdayCalendar } from './workday-calendar';

/** The n-th working day after `date` (counting starts the next day); n = 0 gives `date` itself. */
export function addWorkingDays(date: string, n: number, calendar: WorkdayCalendar): string {
  return calendar.addWorkingDays(date, n);
}

/** The n-th working day before `date`; n = 0 gives `date` itself. */
export function subtractWorkingDays(date: string, n: number, calendar: WorkdayCalendar): string {
  return calendar.subtractWorkingDays(date, n);
}

/** `date` if it is a working day, else the first working day after it. */
export function nextWorkingDayOnOrAfter(date: string, calendar: WorkdayCalendar): string {
  return calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, 1);
}

/** 00:00:00 +08:00 of the working day n working days before the deadline's Shanghai date. */
export function workingDaysBefore(deadlineInstant: string, n: number, calendar: WorkdayCalendar): string {
  return startOfShanghaiDay(calendar.subtractWorkingDays(shanghaiDate(deadlineInstant), n));
}

/** 23:59:59 +08:00 of the n-th working day after the Shanghai date of `instant`. */
export function workingDaysAfter(instant: string, n: number, calendar: WorkdayCalendar): string {
  return endOfShanghaiDay(calendar.addWorkingDays(shanghaiDate(instant), n));
}

/**
 * Working days d with from-date < d ≤ to-date (Shanghai dates), e.g. working days overdue; O(1) per year spanned.
 * Negative when `toInstant` is on an earlier date than `fromInstant`.
 */
export function workingDaysBetween(fromInstant: string, toInstant: string, calendar: WorkdayCalendar): number {
  return calendar.countWorkingDays(shanghaiDate(fromInstant), shanghaiDate(toInstant));
}
