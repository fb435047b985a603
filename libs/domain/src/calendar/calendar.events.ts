import type { CalendarDay, CalendarSource } from './calendar-year';

/** The `calendar-cn` stream (DESIGN §3.3). A year published again is a correction: a new revision of that year. */
export type CalendarYearPublished = {
  type: 'CalendarYearPublished';
  data: {
    year: number;
    holidays: CalendarDay[];
    workdays: CalendarDay[];
    source: CalendarSource;
    /** 1 for the first publication of the year, then 2, 3… for corrections */
    revision: number;
    publishedAt: string;
    publishedBy: string;
  };
};

export type CalendarEvent = CalendarYearPublished;

export const CALENDAR_EVENT_TYPES: readonly CalendarEvent['type'][] = ['CalendarYearPublished'];

export function isCalendarEvent(event: { type: string }): event is CalendarEvent {
  return (CALENDAR_EVENT_TYPES as readonly string[]).includes(event.type);
}
