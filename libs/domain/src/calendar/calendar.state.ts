import type { CalendarDay, CalendarSource } from './calendar-year';

export interface PublishedCalendarYear {
  year: number;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
  source: CalendarSource;
  revision: number;
  publishedAt: string;
  publishedBy: string;
  /** content hash of the dates, as in calendar versions */
  hash: string;
}

export interface CalendarState {
  years: Readonly<Record<number, PublishedCalendarYear>>;
  /** the stream version folded (the number of publications) */
  version: number;
}

export const initialCalendarState: CalendarState = Object.freeze({ years: Object.freeze({}), version: 0 }) as CalendarState;
