import { computeDeadline, type DeadlineRule } from '@domain/calendar/deadline';
import { addCalendarDays } from '@domain/calendar/calendar-date';
import { shanghaiDate } from '@domain/calendar/shanghai-time';
import type { LoadedCalendar } from '../calendar/calendar-data';

/**
 * The server's calendar maths (libs/domain) over the server's own years (GET /api/calendar, provisional years
 * included): the preview shows exactly the deadline the server will compute, and whether it is provisional.
 */
export interface DeadlinePreview {
  deadline: string;
  lastDay: string;
  provisional: boolean;
  /** holidays and make-up working days between the order and the deadline */
  special: { date: string; name: string; kind: 'holiday' | 'workday' }[];
}

export function previewDeadline(nowIso: string, rule: DeadlineRule, loaded: LoadedCalendar): DeadlinePreview {
  const { deadline, deadlineRule } = computeDeadline(nowIso, rule, loaded.calendar);
  const lastDay = shanghaiDate(deadline);
  const special: DeadlinePreview['special'] = [];
  for (let day = addCalendarDays(shanghaiDate(nowIso), 1); day <= lastDay && special.length < 40; day = addCalendarDays(day, 1)) {
    const entry = loaded.names.get(day);
    if (entry) special.push({ date: day, ...entry });
  }
  return { deadline, lastDay, provisional: deadlineRule.provisional === true, special };
}
