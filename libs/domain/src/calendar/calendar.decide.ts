import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { shanghaiDate } from './shanghai-time';
import type { CalendarCommand, CalendarYearInput } from './calendar.commands';
import type { CalendarEvent } from './calendar.events';
import type { CalendarState, PublishedCalendarYear } from './calendar.state';
import type { CalendarDay } from './calendar-year';
import { calendarYearErrors } from './calendar-year.validate';

/** Publishing a year: checked field by field; the same content again appends nothing; a change is a new revision. */
export function decideCalendar(command: CalendarCommand, state: CalendarState, context: DecisionContext): CalendarEvent[] {
  const errors = calendarYearErrors(command, shanghaiDate(context.now));
  if (errors.length > 0) {
    throw new DomainError('CALENDAR_INVALID', `the ${command?.year} schedule has ${errors.length} error(s); nothing was published`, errors);
  }
  const existing: PublishedCalendarYear | undefined = state.years[command.year];
  if (command.type === 'SeedCalendarYear' && existing) return [];
  const year = normalized(command);
  if (existing && sameContent(existing, year)) return [];
  return [
    {
      type: 'CalendarYearPublished',
      data: { ...year, revision: (existing?.revision ?? 0) + 1, publishedAt: context.now, publishedBy: context.actor.id },
    },
  ];
}

function normalized(input: CalendarYearInput): CalendarYearInput {
  const days = (list: CalendarDay[] | undefined) =>
    (list ?? []).map((d) => ({ date: d.date, name: d.name.trim() })).sort((a, b) => a.date.localeCompare(b.date));
  const { title, docNo, publishedOn } = input.source;
  return { year: input.year, holidays: days(input.holidays), workdays: days(input.workdays), source: { title: title.trim(), docNo: docNo.trim(), publishedOn } };
}

function sameContent(existing: PublishedCalendarYear, year: CalendarYearInput): boolean {
  const content = (y: Pick<CalendarYearInput, 'holidays' | 'workdays' | 'source'>) =>
    JSON.stringify([y.holidays, y.workdays, y.source.title, y.source.docNo, y.source.publishedOn]);
  return content(existing) === content(year);
}
