import { DomainError } from '../shared/domain-error';
import { isCalendarDate, isWeekday, yearOf } from './calendar-date';

export interface WorkdayCalendar {
  /** e.g. 'CN-2024-2026@1a2b3c4d5e6f'; stored in every deadline computed with it */
  version: string;
  firstYear: number;
  lastYear: number;
  /** throws CALENDAR_OUT_OF_RANGE for a date outside [firstYear, lastYear] */
  isWorkingDay(date: string): boolean;
}

export interface WorkdayCalendarData {
  firstYear: number;
  lastYear: number;
  /** public holidays that would otherwise be working days (weekend entries are harmless) */
  holidays: readonly string[];
  /** make-up working days 调休补班 on weekends */
  workdays: readonly string[];
}

export function createWorkdayCalendar(data: WorkdayCalendarData, version: string): WorkdayCalendar {
  const holidays = new Set(data.holidays);
  const workdays = new Set(data.workdays);
  return {
    version,
    firstYear: data.firstYear,
    lastYear: data.lastYear,
    isWorkingDay(date: string): boolean {
      assertInCalendar(date, data.firstYear, data.lastYear);
      if (workdays.has(date)) return true;
      if (holidays.has(date)) return false;
      return isWeekday(date);
    },
  };
}

function assertInCalendar(date: string, firstYear: number, lastYear: number): void {
  if (!isCalendarDate(date)) {
    throw new DomainError('CALENDAR_OUT_OF_RANGE', `'${date}' is not a calendar date (YYYY-MM-DD)`);
  }
  const year = yearOf(date);
  if (year < firstYear || year > lastYear) {
    // Holidays are only published a year ahead; guessing would silently move deadlines.
    throw new DomainError(
      'CALENDAR_OUT_OF_RANGE',
      `${date} is outside the workday calendar (${firstYear}–${lastYear})`,
    );
  }
}
