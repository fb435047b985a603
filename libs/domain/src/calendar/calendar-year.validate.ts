import type { FieldError } from '../shared/domain-error';
import { isCalendarDate, isWeekday } from './calendar-date';
import type { CalendarYearInput } from './calendar.commands';
import type { CalendarDay } from './calendar-year';

const MAX_NAME = 40;
const MAX_TEXT = 200;

/** Every problem of a year's schedule, by field (`holidays[3].date`, `source.docNo` …); empty when it may be published. */
export function calendarYearErrors(input: CalendarYearInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const year = input?.year;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return [{ field: 'year', message: 'must be a year between 2000 and 2100' }];
  }
  const holidays = daysOf(input.holidays, 'holidays', year, errors, true);
  const workdays = daysOf(input.workdays, 'workdays', year, errors, false);
  const holidayDates = new Set(holidays.map((d) => d.date));
  workdays.forEach((day, index) => {
    if (!isCalendarDate(day.date)) return;
    if (holidayDates.has(day.date)) errors.push({ field: `workdays[${index}].date`, message: `${day.date} is also listed as a holiday` });
    else if (isWeekday(day.date)) {
      errors.push({ field: `workdays[${index}].date`, message: `${day.date} is a weekday: a make-up working day falls on a Saturday or Sunday` });
    }
  });
  sourceErrors(input.source, today, errors);
  return errors;
}

function daysOf(value: unknown, list: string, year: number, errors: FieldError[], required: boolean): CalendarDay[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) {
    errors.push({ field: list, message: 'must be a list of {date, name}' });
    return [];
  }
  if (required && value.length === 0) errors.push({ field: list, message: 'must list the year\'s holidays (元旦 at least)' });
  if (value.length > 366) errors.push({ field: list, message: 'has more days than a year' });
  const seen = new Set<string>();
  value.slice(0, 366).forEach((day: Partial<CalendarDay>, index) => {
    const at = `${list}[${index}]`;
    if (!day || typeof day !== 'object') {
      errors.push({ field: at, message: 'must be {date, name}' });
      return;
    }
    if (typeof day.date !== 'string' || !isCalendarDate(day.date)) errors.push({ field: `${at}.date`, message: 'must be a date YYYY-MM-DD' });
    else if (!day.date.startsWith(`${year}-`)) errors.push({ field: `${at}.date`, message: `${day.date} is not in ${year}` });
    else if (seen.has(day.date)) errors.push({ field: `${at}.date`, message: `${day.date} is listed twice` });
    else seen.add(day.date);
    if (typeof day.name !== 'string' || day.name.trim() === '' || day.name.length > MAX_NAME) {
      errors.push({ field: `${at}.name`, message: `must be a name of 1–${MAX_NAME} characters (e.g. 春节)` });
    }
  });
  return value.filter((day) => day && typeof day === 'object') as CalendarDay[];
}

function sourceErrors(source: unknown, today: string, errors: FieldError[]): void {
  if (!source || typeof source !== 'object') {
    errors.push({ field: 'source', message: 'must name the notice: {title, docNo, publishedOn}' });
    return;
  }
  const { title, docNo, publishedOn } = source as Record<string, unknown>;
  if (typeof title !== 'string' || title.trim() === '' || title.length > MAX_TEXT) {
    errors.push({ field: 'source.title', message: 'must be the notice\'s title (e.g. 国务院办公厅关于2027年部分节假日安排的通知)' });
  }
  if (typeof docNo !== 'string' || docNo.trim() === '' || docNo.length > 100) {
    errors.push({ field: 'source.docNo', message: 'must be the notice\'s document number (e.g. 国办发明电〔2026〕N号)' });
  } else if (/EXAMPLE|示例/i.test(docNo)) {
    errors.push({ field: 'source.docNo', message: 'is the example file\'s placeholder: fill in the notice\'s own document number' });
  }
  if (typeof publishedOn !== 'string' || !isCalendarDate(publishedOn)) {
    errors.push({ field: 'source.publishedOn', message: 'must be the date the notice was issued, YYYY-MM-DD' });
  } else if (publishedOn > today) {
    errors.push({ field: 'source.publishedOn', message: `${publishedOn} is in the future` });
  }
}

export interface CalendarWarning {
  code: 'STATUTORY_DAY_NOT_LISTED' | 'PUBLISHED_AFTER_YEAR_BEGAN' | 'MAKE_UP_DAY_FAR_FROM_HOLIDAYS';
  field?: string;
  date?: string;
  name?: string;
  message: string;
}

/**
 * What a valid schedule may still have got wrong, for the person publishing it to look at (never a refusal):
 * a statutory holiday missing (`statutory` comes from the provisional computation of the same year), a make-up
 * working day nowhere near a holiday, a notice issued after the year began.
 */
export function calendarYearWarnings(input: CalendarYearInput, statutory: readonly CalendarDay[]): CalendarWarning[] {
  const warnings: CalendarWarning[] = [];
  const holidays = new Set((input.holidays ?? []).map((d) => d.date));
  for (const day of statutory) {
    if (!holidays.has(day.date)) {
      warnings.push({ code: 'STATUTORY_DAY_NOT_LISTED', date: day.date, name: day.name, message: `${day.name} ${day.date} is a statutory holiday but is not listed` });
    }
  }
  const holidayTimes = [...holidays].map((d) => Date.parse(d));
  (input.workdays ?? []).forEach((day, index) => {
    const at = Date.parse(day.date);
    if (!holidayTimes.some((h) => Math.abs(h - at) <= 14 * 86_400_000)) {
      warnings.push({ code: 'MAKE_UP_DAY_FAR_FROM_HOLIDAYS', field: `workdays[${index}].date`, date: day.date, message: `${day.date} is a make-up working day more than 14 days from any holiday` });
    }
  });
  if (input.source?.publishedOn && input.source.publishedOn >= `${input.year}-01-01`) {
    warnings.push({ code: 'PUBLISHED_AFTER_YEAR_BEGAN', field: 'source.publishedOn', date: input.source.publishedOn, message: `the notice is dated ${input.source.publishedOn}, after ${input.year} began` });
  }
  return warnings;
}
