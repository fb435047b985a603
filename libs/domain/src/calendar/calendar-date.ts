/** Plain calendar dates ('YYYY-MM-DD'), with day arithmetic done on UTC midnight so no time zone leaks in. */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isCalendarDate(value: string): boolean {
  const match = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
  if (!match) return false;
  const millis = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(millis).toISOString().slice(0, 10) === value;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Monday–Friday; 0 = Sunday as in Date#getUTCDay. */
export function isWeekday(date: string): boolean {
  const day = new Date(`${date}T00:00:00.000Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

/** 0 for 1 January. */
export function dayOfYear(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00.000Z`) - Date.UTC(yearOf(date), 0, 1)) / DAY_MS);
}

export function daysInYear(year: number): number {
  return Math.round((Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS);
}

/** The date `index` days after 1 January of `year`. */
export function dateInYear(year: number, index: number): string {
  return new Date(Date.UTC(year, 0, 1) + index * DAY_MS).toISOString().slice(0, 10);
}
