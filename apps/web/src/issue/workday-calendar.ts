import calendarJson from '@domain/calendar/cn-workday-calendar.json';
import { computeDeadline, type DeadlineRule } from '@domain/calendar/deadline';
import { addCalendarDays } from '@domain/calendar/calendar-date';
import { shanghaiDate } from '@domain/calendar/shanghai-time';
import { createWorkdayCalendar } from '@domain/calendar/workday-calendar';

/**
 * The server's calendar maths (libs/domain) over the same calendar data, built in the browser: the preview
 * shows exactly the deadline the server will compute. (The version hash is the server's business; it is
 * recorded in the RectificationOrdered event.)
 */
interface RawCalendar {
  years: Record<string, { holidays?: { date: string; name?: string }[]; workdays?: { date: string; name?: string }[] }>;
}
const raw = calendarJson as unknown as RawCalendar;
const years = Object.keys(raw.years).map(Number).sort((a, b) => a - b);
const names = new Map<string, { name: string; kind: 'holiday' | 'workday' }>();
for (const year of years) {
  for (const d of raw.years[year].holidays ?? []) names.set(d.date, { name: d.name ?? '', kind: 'holiday' });
  for (const d of raw.years[year].workdays ?? []) names.set(d.date, { name: d.name ?? '', kind: 'workday' });
}

export const calendar = createWorkdayCalendar(
  {
    firstYear: years[0],
    lastYear: years[years.length - 1],
    holidays: [...names].filter(([, v]) => v.kind === 'holiday').map(([d]) => d),
    workdays: [...names].filter(([, v]) => v.kind === 'workday').map(([d]) => d),
  },
  `CN-${years[0]}-${years[years.length - 1]}`,
);

export interface DeadlinePreview {
  deadline: string;
  lastDay: string;
  /** holidays on weekdays and make-up working days on weekends between the order and the deadline */
  special: { date: string; name: string; kind: 'holiday' | 'workday' }[];
}

export function previewDeadline(nowIso: string, rule: DeadlineRule): DeadlinePreview {
  const { deadline } = computeDeadline(nowIso, rule, calendar);
  const lastDay = shanghaiDate(deadline);
  const special: DeadlinePreview['special'] = [];
  for (let day = addCalendarDays(shanghaiDate(nowIso), 1); day <= lastDay && special.length < 40; day = addCalendarDays(day, 1)) {
    const entry = names.get(day);
    if (entry) special.push({ date: day, ...entry });
  }
  return { deadline, lastDay, special };
}
