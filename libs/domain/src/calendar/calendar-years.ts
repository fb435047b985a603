import { yearContentHash } from './calendar-content-hash';
import type { CalendarState } from './calendar.state';
import type { CalendarYearData } from './calendar-year';
import { statutoryHolidays, type FestivalDates } from './statutory-holidays';

/** The published years of the stream, as the working-day maths takes them. */
export function publishedCalendarYears(state: CalendarState): CalendarYearData[] {
  return Object.values(state.years)
    .sort((a, b) => a.year - b.year)
    .map((y) => {
      const holidays = y.holidays.map((d) => d.date);
      const workdays = y.workdays.map((d) => d.date);
      return { year: y.year, holidays, workdays, provisional: false, hash: y.hash, source: y.source };
    });
}

/** A year not yet published: weekends and the statutory holidays, no make-up days. */
export function provisionalCalendarYear(festivals: FestivalDates): CalendarYearData {
  const holidays = statutoryHolidays(festivals).map((d) => d.date);
  return { year: festivals.year, holidays, workdays: [], provisional: true, hash: yearContentHash(festivals.year, holidays, []) };
}
