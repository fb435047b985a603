import { createWorkdayCalendar, type WorkdayCalendar } from '@domain/calendar/workday-calendar';
import type { CalendarDay, CalendarSource } from '@domain/calendar/calendar-year';
import { get } from '../api/client';

/** GET /api/calendar (the server's CalendarOverview). */
export interface CalendarYearView {
  year: number;
  status: 'published' | 'provisional';
  version: string;
  hash: string;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
  source: CalendarSource | null;
  revision: number | null;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface CalendarNotice {
  code: string;
  year: number;
  message: string;
  messageZh: string;
}

export interface CalendarOverview {
  now: string;
  today: string;
  version: string;
  published: { first: number; last: number } | null;
  provisionalYears: number[];
  years: CalendarYearView[];
  warnings: CalendarNotice[];
}

export interface LoadedCalendar {
  overview: CalendarOverview;
  /** the server's working-day maths (libs/domain) over exactly the server's years, provisional ones included */
  calendar: WorkdayCalendar;
  names: Map<string, { name: string; kind: 'holiday' | 'workday' }>;
  /** server time minus browser time when loaded: previews use the server's clock */
  offsetMs: number;
}

let cached: Promise<LoadedCalendar> | null = null;

/** The calendar as the server has it, loaded once per page load (and again after a publication). */
export function loadCalendar(reload = false): Promise<LoadedCalendar> {
  if (!cached || reload) {
    cached = get<CalendarOverview>('/calendar').then(toLoaded, (error) => {
      cached = null;
      throw error;
    });
  }
  return cached;
}

export function toLoaded(overview: CalendarOverview): LoadedCalendar {
  const years = overview.years.map((y) => ({
    year: y.year,
    holidays: y.holidays.map((d) => d.date),
    workdays: y.workdays.map((d) => d.date),
    provisional: y.status === 'provisional',
    hash: y.hash,
    ...(y.source ? { source: y.source } : {}),
  }));
  const names = new Map<string, { name: string; kind: 'holiday' | 'workday' }>();
  for (const y of overview.years) {
    for (const d of y.holidays) names.set(d.date, { name: d.name, kind: 'holiday' });
    for (const d of y.workdays) names.set(d.date, { name: d.name, kind: 'workday' });
  }
  return { overview, calendar: createWorkdayCalendar(years), names, offsetMs: Date.parse(overview.now) - Date.now() };
}

/** The server's current time, as far as this page knows it. */
export function serverNow(loaded: LoadedCalendar): string {
  return new Date(Date.now() + loaded.offsetMs).toISOString();
}
