import type { CalendarDay, CalendarSource } from './calendar-year';

/** What an admin publishes for one year (API, CLI or UI); the body is checked field by field by the decider. */
export interface CalendarYearInput {
  year: number;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
  source: CalendarSource;
}

/** Publish a year, or correct a year published before (identical content appends nothing). */
export type PublishCalendarYear = { type: 'PublishCalendarYear' } & CalendarYearInput;
/** The bundled official years at first start: appends only when the year was never published (a correction stays). */
export type SeedCalendarYear = { type: 'SeedCalendarYear' } & CalendarYearInput;

export type CalendarCommand = PublishCalendarYear | SeedCalendarYear;
