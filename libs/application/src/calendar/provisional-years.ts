import { provisionalCalendarYear, statutoryHolidays, type CalendarDay, type CalendarYearData, type ProvisionalYears } from '@app/domain';
import { festivalDates } from './lunar-festival-dates';

const computed = new Map<number, CalendarYearData | null>();

/** A year not yet published, from the statutory rules and the lunar library (deterministic, so kept once computed). */
export const provisionalYears: ProvisionalYears = (year) => {
  if (!computed.has(year)) {
    const dates = festivalDates(year);
    computed.set(year, dates ? provisionalCalendarYear(dates) : null);
  }
  return computed.get(year) ?? null;
};

/** The named statutory holidays of a year (for showing a provisional year, and for warnings on a published one). */
export function statutoryDaysOf(year: number): CalendarDay[] {
  const dates = festivalDates(year);
  return dates ? statutoryHolidays(dates) : [];
}
