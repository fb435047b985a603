import { dateInYear, dayOfYear, daysInYear, isWeekday } from './calendar-date';

/** A named day of a year's schedule: a holiday or a make-up working day (调休补班). */
export interface CalendarDay {
  date: string;
  name: string;
}

/** Where a year's schedule comes from: the State Council's notice (国务院办公厅关于…年部分节假日安排的通知). */
export interface CalendarSource {
  title: string;
  docNo: string;
  /** YYYY-MM-DD */
  publishedOn: string;
}

/** One year as the working-day maths needs it. */
export interface CalendarYearData {
  year: number;
  /** dates that are rest days although they may be weekdays */
  holidays: readonly string[];
  /** weekend dates that are working days */
  workdays: readonly string[];
  /** true: not yet published; weekends plus the statutory holidays, no make-up days */
  provisional: boolean;
  /** content hash of the dates (8 hex), part of every calendar version that covers this year */
  hash: string;
  source?: CalendarSource;
}

/**
 * A year's working days as prefix counts: `counts[i]` is the number of working days among the first i days of
 * the year, so any count of working days between two dates is two look-ups.
 */
export class CalendarYearTable {
  readonly counts: Uint16Array;

  constructor(readonly data: CalendarYearData) {
    const days = daysInYear(data.year);
    const holidays = new Set(data.holidays);
    const workdays = new Set(data.workdays);
    this.counts = new Uint16Array(days + 1);
    for (let i = 0; i < days; i++) {
      const date = dateInYear(data.year, i);
      const working = workdays.has(date) || (!holidays.has(date) && isWeekday(date));
      this.counts[i + 1] = this.counts[i] + (working ? 1 : 0);
    }
  }

  get total(): number {
    return this.counts[this.counts.length - 1];
  }

  isWorkingDay(date: string): boolean {
    const i = dayOfYear(date);
    return this.counts[i + 1] > this.counts[i];
  }

  /** Working days from 1 January up to and including `date`. */
  throughDate(date: string): number {
    return this.counts[dayOfYear(date) + 1];
  }

  /** The date of the `ordinal`-th working day of the year (1-based; 1 ≤ ordinal ≤ total). */
  nthWorkingDay(ordinal: number): string {
    let low = 0;
    let high = this.counts.length - 2;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.counts[mid + 1] >= ordinal) high = mid;
      else low = mid + 1;
    }
    return dateInYear(this.data.year, low);
  }
}
