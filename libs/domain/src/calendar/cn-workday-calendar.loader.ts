import bundledCalendar from './cn-workday-calendar.json';
import { isCalendarDate } from './calendar-date';
import { yearContentHash } from './calendar-content-hash';
import type { CalendarYearInput } from './calendar.commands';
import type { CalendarDay, CalendarSource } from './calendar-year';
import { createWorkdayCalendar, type ProvisionalYears, type WorkdayCalendar } from './workday-calendar';

interface RawCalendar {
  years: Record<string, { holidays?: Partial<CalendarDay>[]; workdays?: Partial<CalendarDay>[] }>;
}

/**
 * The notices the bundled years come from (国务院办公厅关于…年部分节假日安排的通知), so that the seeded years carry
 * their document numbers like any year an admin publishes.
 */
export const BUNDLED_SOURCES: Readonly<Record<string, CalendarSource>> = {
  '2024': { title: '国务院办公厅关于2024年部分节假日安排的通知', docNo: '国办发明电〔2023〕7号', publishedOn: '2023-10-25' },
  '2025': { title: '国务院办公厅关于2025年部分节假日安排的通知', docNo: '国办发明电〔2024〕12号', publishedOn: '2024-11-12' },
  '2026': { title: '国务院办公厅关于2026年部分节假日安排的通知', docNo: '国办发明电〔2025〕7号', publishedOn: '2025-11-04' },
};

/** The official years shipped with the service (2024–2026): they seed the calendar-cn stream at first start. */
export function bundledCalendarYears(json: unknown = bundledCalendar, sources: Readonly<Record<string, CalendarSource>> = BUNDLED_SOURCES): CalendarYearInput[] {
  const raw = asRawCalendar(json);
  return Object.keys(raw.years)
    .sort()
    .map((key) => ({
      year: Number(key),
      holidays: daysOf(raw.years[key].holidays),
      workdays: daysOf(raw.years[key].workdays),
      source: sources[key] ?? { title: `${key}年工作日历（随软件提供）`, docNo: '—', publishedOn: `${Number(key) - 1}-12-31` },
    }));
}

/** A calendar of the bundled years only (and provisional years when given): for tests and tools. */
export function loadCnWorkdayCalendar(json: unknown = bundledCalendar, provisional?: ProvisionalYears): WorkdayCalendar {
  const years = bundledCalendarYears(json).map((y) => {
    const holidays = y.holidays.map((d) => d.date);
    const workdays = y.workdays.map((d) => d.date);
    return { year: y.year, holidays, workdays, provisional: false, hash: yearContentHash(y.year, holidays, workdays), source: y.source };
  });
  return createWorkdayCalendar(years, provisional);
}

function daysOf(days: Partial<CalendarDay>[] | undefined): CalendarDay[] {
  return (days ?? []).map((day) => ({ date: String(day.date), name: day.name ?? '' })).sort((a, b) => a.date.localeCompare(b.date));
}

function asRawCalendar(json: unknown): RawCalendar {
  const candidate = json as RawCalendar;
  if (!candidate || typeof candidate !== 'object' || !candidate.years || typeof candidate.years !== 'object') {
    throw new TypeError('workday calendar: expected { years: { YYYY: { holidays, workdays } } }');
  }
  const years = Object.keys(candidate.years);
  if (years.length === 0 || years.some((year) => !/^\d{4}$/.test(year))) {
    throw new TypeError('workday calendar: years must be non-empty and keyed YYYY');
  }
  for (const year of years) {
    const entry = candidate.years[year];
    for (const day of [...(entry?.holidays ?? []), ...(entry?.workdays ?? [])]) {
      if (typeof day?.date !== 'string' || !isCalendarDate(day.date) || !day.date.startsWith(year)) {
        throw new TypeError(`workday calendar: bad date ${JSON.stringify(day)} in ${year}`);
      }
    }
  }
  return candidate;
}
