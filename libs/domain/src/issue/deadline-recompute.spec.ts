import fc from 'fast-check';
import { addCalendarDays, isWeekday } from '../calendar/calendar-date';
import { yearContentHash } from '../calendar/calendar-content-hash';
import { bundledCalendarYears, loadCnWorkdayCalendar } from '../calendar/cn-workday-calendar.loader';
import { createWorkdayCalendar, type WorkdayCalendar } from '../calendar/workday-calendar';
import type { CalendarYearData } from '../calendar/calendar-year';
import { testContext, unitUser } from '../testing/given';
import { givenIssue, orderRectification, play, registerIssue } from '../testing/issue-story';
import { testProvisionalYears } from '../testing/provisional-years';
import type { DeadlineRule } from '../calendar/deadline';
import type { IssueEvent } from './issue.events';
import { foldIssue } from './issue.evolve';

const provisional = loadCnWorkdayCalendar(undefined, testProvisionalYears);
const ORDERED_AT = '2026-11-30T02:00:00.000Z';
const endOf = (date: string) => new Date(`${date}T23:59:59+08:00`).toISOString();
const source = { title: '测试用2027年放假安排（非官方）', docNo: 'TEST-2027', publishedOn: '2026-12-10' };

/** The bundled years plus a 2027 schedule made up for the test (the official one is not known here). */
function publishing2027(holidays: string[], workdays: string[] = []): WorkdayCalendar {
  const bundled: CalendarYearData[] = bundledCalendarYears().map((y) => {
    const h = y.holidays.map((d) => d.date);
    const w = y.workdays.map((d) => d.date);
    return { year: y.year, holidays: h, workdays: w, provisional: false, hash: yearContentHash(y.year, h, w), source: y.source };
  });
  const y2027 = { year: 2027, holidays, workdays, provisional: false, hash: yearContentHash(2027, holidays, workdays), source };
  return createWorkdayCalendar([...bundled, y2027], testProvisionalYears);
}

function orderedOn(rule: DeadlineRule = { kind: 'workingDays', days: 40 }): IssueEvent[] {
  return play([
    [registerIssue(), testContext({ now: '2026-11-30T01:00:00.000Z', calendar: provisional })],
    [orderRectification(rule), testContext({ now: ORDERED_AT, calendar: provisional })],
  ]);
}
const recompute = { type: 'RecomputeDeadline' as const, orderNo: 1, year: 2027 };
const on = (now: string, calendar: WorkdayCalendar) => testContext({ now, calendar, actor: { id: 'system:calendar', role: 'system' } });

describe('DeadlineRecomputed', () => {
  it('moves a provisional 40-working-day deadline later by exactly the working days the published year adds', () => {
    const given = orderedOn();
    expect(foldIssue(given)).toMatchObject({ deadline: endOf('2027-01-26'), currentOrder: { deadlineRule: { provisional: true } } });
    // 元旦 as provisional (01-01) plus two weekdays made holidays in the span: 01-04 and 01-05
    const official = publishing2027(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05']);
    const outcome = givenIssue(given).when(recompute, on('2026-12-10T02:00:00.000Z', official));
    expect(outcome.events).toEqual([
      {
        type: 'DeadlineRecomputed',
        data: {
          orderNo: 1, previousDeadline: endOf('2027-01-26'), deadline: endOf('2027-01-28'),
          deadlineRule: { kind: 'workingDays', days: 40, calendarVersion: official.versionOf('2026-12-01', '2027-01-28').version, provisional: false },
          calendarVersion: official.versionOf('2026-12-01', '2027-01-28').version, reason: 'official_calendar_published', year: 2027, source,
          recomputedAt: '2026-12-10T02:00:00.000Z',
        },
      },
    ]);
    expect(official.countWorkingDays('2027-01-26', '2027-01-28')).toBe(2);
    expect(outcome.after).toMatchObject({
      deadline: endOf('2027-01-28'),
      currentOrder: { deadline: endOf('2027-01-28'), dueSoonMarked: false, lastRecomputation: { previousDeadline: endOf('2027-01-26'), reason: 'official_calendar_published' } },
    });
    // idempotent: the same command again on the same calendar appends nothing
    expect(givenIssue([...given, ...outcome.events!]).when(recompute, on('2026-12-10T03:00:00.000Z', official)).events).toEqual([]);
  });

  it('never moves a deadline earlier (make-up working days in the span): the unit keeps the deadline it was given', () => {
    const official = publishing2027(['2027-01-01'], ['2027-01-09', '2027-01-16']);
    expect(givenIssue(orderedOn()).when(recompute, on('2026-12-10T02:00:00.000Z', official)).events).toEqual([]);
  });

  it('never moves an explicit deadline, an extended one, or one that has passed', () => {
    const official = publishing2027(['2027-01-01', '2027-01-04', '2027-01-05']);
    const explicit = orderedOn({ kind: 'explicit', deadline: '2027-01-20T18:00:00+08:00' });
    expect(givenIssue(explicit).when(recompute, on('2026-12-10T02:00:00.000Z', official)).events).toEqual([]);
    const extended = play(
      [
        [{ type: 'RequestExtension', proposedDeadline: endOf('2027-02-10'), reason: '材料未到' }, testContext({ now: '2026-12-05T02:00:00.000Z', actor: unitUser, calendar: provisional })],
        [{ type: 'DecideExtension', approved: true }, testContext({ now: '2026-12-06T02:00:00.000Z', calendar: provisional })],
      ],
      orderedOn(),
    );
    expect(givenIssue(extended).when(recompute, on('2026-12-10T02:00:00.000Z', official)).events).toEqual([]);
    // A deadline that has passed is not moved; like any command, this one records the overdue first (issue #9).
    expect(givenIssue(orderedOn()).when(recompute, on('2027-01-27T02:00:00.000Z', official)).events?.map((e) => e.type)).toEqual(['RectificationOverdue']);
  });

  it('appends nothing for another order, no open order, or an unchanged calendar', () => {
    const given = orderedOn();
    expect(givenIssue(given).when({ ...recompute, orderNo: 2 }, on('2026-12-10T02:00:00.000Z', publishing2027(['2027-01-04']))).events).toEqual([]);
    expect(givenIssue(given).when(recompute, on('2026-12-10T02:00:00.000Z', provisional)).events).toEqual([]);
    expect(givenIssue(play([[registerIssue(), testContext()]])).when(recompute, on('2026-12-10T02:00:00.000Z', provisional)).events).toEqual([]);
  });

  it('takes a later correction of an official year as a correction, again never earlier', () => {
    const first = publishing2027(['2027-01-01', '2027-01-04']);
    const moved = play([[recompute, on('2026-12-10T02:00:00.000Z', first)]], orderedOn());
    expect(foldIssue(moved)).toMatchObject({ deadline: endOf('2027-01-27') });
    const corrected = publishing2027(['2027-01-01', '2027-01-04', '2027-01-05', '2027-01-06']);
    const again = givenIssue(moved).when(recompute, on('2026-12-20T02:00:00.000Z', corrected));
    expect(again.events?.[0]).toMatchObject({ data: { previousDeadline: endOf('2027-01-27'), deadline: endOf('2027-01-29'), reason: 'official_calendar_corrected' } });
    expect(givenIssue(moved).when(recompute, on('2026-12-20T02:00:00.000Z', publishing2027(['2027-01-01']))).events).toEqual([]);
  });

  it('for any published January, moves to the recomputed deadline exactly when it is later, and never earlier', () => {
    const januaryWeekdays = Array.from({ length: 31 }, (_, i) => addCalendarDays('2027-01-01', i)).filter(isWeekday);
    const januaryWeekends = Array.from({ length: 31 }, (_, i) => addCalendarDays('2027-01-01', i)).filter((d) => !isWeekday(d));
    const given = orderedOn();
    const before = foldIssue(given);
    fc.assert(
      fc.property(fc.subarray(januaryWeekdays), fc.subarray(januaryWeekends, { maxLength: 3 }), (holidays, workdays) => {
        const official = publishing2027(['2027-01-01', ...holidays.filter((d) => d !== '2027-01-01')], workdays);
        const events = givenIssue(given).when(recompute, on('2026-12-10T02:00:00.000Z', official)).events!;
        const fresh = official.addWorkingDays('2026-11-30', 40);
        const previous = before.status === 'rectifying' ? before.deadline : '';
        if (endOf(fresh) > previous) expect(events).toMatchObject([{ data: { deadline: endOf(fresh), previousDeadline: previous } }]);
        else expect(events).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
