// The only file of the domain that imports from node: hashing is deterministic and does no I/O.
import { createHash } from 'node:crypto';
import bundledCalendar from './cn-workday-calendar.json';
import { isCalendarDate } from './calendar-date';
import { createWorkdayCalendar, WorkdayCalendar } from './workday-calendar';

interface RawDay {
  date: string;
  name?: string;
}

interface RawCalendar {
  calendar?: string;
  years: Record<string, { holidays?: RawDay[]; workdays?: RawDay[] }>;
}

/**
 * The official PRC calendar (holidays + make-up working days). The version names the years covered and
 * a hash of the dates, so a deadline records exactly which data it was computed with.
 */
export function loadCnWorkdayCalendar(json: unknown = bundledCalendar): WorkdayCalendar {
  const raw = asRawCalendar(json);
  const years = Object.keys(raw.years).map(Number).sort((a, b) => a - b);
  const canonical = years.map((year) => ({
    year,
    holidays: datesOf(raw.years[String(year)].holidays),
    workdays: datesOf(raw.years[String(year)].workdays),
  }));
  const digest = createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12);
  const firstYear = years[0];
  const lastYear = years[years.length - 1];
  const name = raw.calendar ?? 'CN';
  return createWorkdayCalendar(
    {
      firstYear,
      lastYear,
      holidays: canonical.flatMap((year) => year.holidays),
      workdays: canonical.flatMap((year) => year.workdays),
    },
    `${name}-${firstYear}-${lastYear}@${digest}`,
  );
}

function datesOf(days: RawDay[] | undefined): string[] {
  return (days ?? []).map((day) => day.date).sort();
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
  const numbers = years.map(Number).sort((a, b) => a - b);
  if (numbers[numbers.length - 1] - numbers[0] + 1 !== numbers.length) {
    throw new TypeError('workday calendar: years must be contiguous');
  }
  for (const year of years) {
    const entry = candidate.years[year];
    for (const day of [...(entry?.holidays ?? []), ...(entry?.workdays ?? [])]) {
      if (!isCalendarDate(day?.date) || !day.date.startsWith(year)) {
        throw new TypeError(`workday calendar: bad date ${JSON.stringify(day)} in ${year}`);
      }
    }
  }
  return candidate;
}
