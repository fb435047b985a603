import { isCalendarDate } from './calendar-date';
import { yearContentHash } from './calendar-content-hash';
import type { CalendarEvent } from './calendar.events';
import { initialCalendarState, type CalendarState } from './calendar.state';

/** Folds one publication in; never throws (a malformed event only counts as a version). */
export function evolveCalendar(state: CalendarState, event: CalendarEvent): CalendarState {
  const version = state.version + 1;
  const data = event?.type === 'CalendarYearPublished' ? event.data : null;
  if (!data || !Number.isInteger(data.year) || !Array.isArray(data.holidays) || !Array.isArray(data.workdays)) return { ...state, version };
  const holidays = data.holidays.filter((d) => isCalendarDate(d?.date));
  const workdays = data.workdays.filter((d) => isCalendarDate(d?.date));
  const hash = yearContentHash(data.year, holidays.map((d) => d.date), workdays.map((d) => d.date));
  const published = {
    year: data.year, holidays, workdays, source: data.source, revision: data.revision,
    publishedAt: data.publishedAt, publishedBy: data.publishedBy, hash,
  };
  return { years: { ...state.years, [data.year]: published }, version };
}

export function foldCalendar(events: readonly CalendarEvent[], from: CalendarState = initialCalendarState): CalendarState {
  return events.reduce(evolveCalendar, from);
}
