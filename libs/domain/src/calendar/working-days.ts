import { addCalendarDays } from './calendar-date';
import { endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from './shanghai-time';
import type { WorkdayCalendar } from './workday-calendar';

/** The n-th working day after `date` (counting starts the next day); n = 0 gives `date` itself. */
export function addWorkingDays(date: string, n: number, calendar: WorkdayCalendar): string {
  assertCount(n);
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addCalendarDays(day, 1);
    if (calendar.isWorkingDay(day)) counted += 1;
  }
  return day;
}

/** The n-th working day before `date`; n = 0 gives `date` itself. */
export function subtractWorkingDays(date: string, n: number, calendar: WorkdayCalendar): string {
  assertCount(n);
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addCalendarDays(day, -1);
    if (calendar.isWorkingDay(day)) counted += 1;
  }
  return day;
}

/** `date` if it is a working day, else the first working day after it. */
export function nextWorkingDayOnOrAfter(date: string, calendar: WorkdayCalendar): string {
  let day = date;
  while (!calendar.isWorkingDay(day)) day = addCalendarDays(day, 1);
  return day;
}

/** 00:00:00 +08:00 of the working day n working days before the deadline's Shanghai date. */
export function workingDaysBefore(deadlineInstant: string, n: number, calendar: WorkdayCalendar): string {
  return startOfShanghaiDay(subtractWorkingDays(shanghaiDate(deadlineInstant), n, calendar));
}

/** 23:59:59 +08:00 of the n-th working day after the Shanghai date of `instant`. */
export function workingDaysAfter(instant: string, n: number, calendar: WorkdayCalendar): string {
  return endOfShanghaiDay(addWorkingDays(shanghaiDate(instant), n, calendar));
}

/**
 * Working days d with from-date < d ≤ to-date (Shanghai dates), e.g. working days overdue.
 * Negative when `toInstant` is on an earlier date than `fromInstant`.
 */
export function workingDaysBetween(fromInstant: string, toInstant: string, calendar: WorkdayCalendar): number {
  const from = shanghaiDate(fromInstant);
  const to = shanghaiDate(toInstant);
  if (to < from) return -workingDaysBetween(toInstant, fromInstant, calendar);
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count;
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working day count must be a whole number ≥ 0, got ${n}`);
}

