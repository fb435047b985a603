import { DomainError } from '../shared/domain-error';
import { isCalendarDate, yearOf } from './calendar-date';
import { CalendarYearTable, type CalendarSource, type CalendarYearData } from './calendar-year';
import { formatCalendarVersion, type VersionedYear } from './calendar-version';

export interface CalendarYearInfo extends VersionedYear {
  source?: CalendarSource;
}

/**
 * The working-day calendar a decision is made with: published years, and provisional years computed on demand
 * for the years not yet published. Every count is answered from per-year prefix counts (O(1) per year spanned).
 */
export interface WorkdayCalendar {
  /** the version of the published years, e.g. 'CN-2024-2026@….….…' */
  version: string;
  /** the published years, or null when none is */
  published: { first: number; last: number } | null;
  /** throws CALENDAR_OUT_OF_RANGE for a year that is neither published nor computable */
  year(year: number): CalendarYearInfo;
  isWorkingDay(date: string): boolean;
  /** working days d with from < d ≤ to (negative when to < from) */
  countWorkingDays(from: string, to: string): number;
  /** the n-th working day after `date` (n = 0: `date`) */
  addWorkingDays(date: string, n: number): string;
  /** the n-th working day before `date` (n = 0: `date`) */
  subtractWorkingDays(date: string, n: number): string;
  /** the version of the years from `from` to `to` (dates), with whether any of them is provisional */
  versionOf(from: string, to: string): { version: string; provisional: boolean };
}

/** Computes a provisional year, or null when the year cannot be computed (then it is out of range). */
export type ProvisionalYears = (year: number) => CalendarYearData | null;

export function createWorkdayCalendar(years: readonly CalendarYearData[], provisional: ProvisionalYears = () => null): WorkdayCalendar {
  const tables = new Map<number, CalendarYearTable>();
  for (const data of years) tables.set(data.year, new CalendarYearTable(data));
  const publishedYears = years.filter((y) => !y.provisional).map((y) => y.year).sort((a, b) => a - b);
  const unknown = new Set<number>();

  const table = (year: number, date?: string): CalendarYearTable => {
    let found = tables.get(year);
    if (!found && !unknown.has(year)) {
      const computed = Number.isInteger(year) ? provisional(year) : null;
      if (computed && computed.year === year) {
        found = new CalendarYearTable({ ...computed, provisional: true });
        tables.set(year, found);
      } else {
        unknown.add(year);
      }
    }
    if (!found) {
      const what = date ? `${date} (${year})` : String(year);
      throw new DomainError('CALENDAR_OUT_OF_RANGE', `${what} is outside the workday calendar: ${year} is neither published nor computable as a provisional year`);
    }
    return found;
  };
  const tableOf = (date: string): CalendarYearTable => {
    if (!isCalendarDate(date)) throw new DomainError('CALENDAR_OUT_OF_RANGE', `'${date}' is not a calendar date (YYYY-MM-DD)`);
    return table(yearOf(date), date);
  };
  const info = (year: number): CalendarYearInfo => {
    const { data } = table(year);
    return { year, hash: data.hash, provisional: data.provisional, ...(data.source ? { source: data.source } : {}) };
  };

  const calendar: WorkdayCalendar = {
    version: formatCalendarVersion(publishedYears.map(info)),
    published: publishedYears.length ? { first: publishedYears[0], last: publishedYears[publishedYears.length - 1] } : null,
    year: info,
    isWorkingDay: (date) => tableOf(date).isWorkingDay(date),
    countWorkingDays(from, to) {
      if (to < from) return 0 - calendar.countWorkingDays(to, from);
      const first = tableOf(from);
      const last = tableOf(to);
      if (first === last) return last.throughDate(to) - first.throughDate(from);
      let count = first.total - first.throughDate(from) + last.throughDate(to);
      for (let year = yearOf(from) + 1; year < yearOf(to); year++) count += table(year).total;
      return count;
    },
    addWorkingDays(date, n) {
      assertCount(n);
      if (n === 0) return date;
      let year = yearOf(date);
      let ordinal = tableOf(date).throughDate(date) + n;
      while (ordinal > table(year).total) ordinal -= table(year++).total;
      return table(year).nthWorkingDay(ordinal);
    },
    subtractWorkingDays(date, n) {
      assertCount(n);
      if (n === 0) return date;
      let year = yearOf(date);
      const current = tableOf(date);
      // working days strictly before `date` in its year, then the one n back from there
      let ordinal = current.throughDate(date) - (current.isWorkingDay(date) ? 1 : 0) - n + 1;
      while (ordinal < 1) ordinal += table(--year).total;
      return table(year).nthWorkingDay(ordinal);
    },
    versionOf(from, to) {
      const [a, b] = from <= to ? [from, to] : [to, from];
      tableOf(a);
      tableOf(b);
      const spanned: CalendarYearInfo[] = [];
      for (let year = yearOf(a); year <= yearOf(b); year++) spanned.push(info(year));
      return { version: formatCalendarVersion(spanned), provisional: spanned.some((y) => y.provisional) };
    },
  };
  return calendar;
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working day count must be a whole number ≥ 0, got ${n}`);
}
