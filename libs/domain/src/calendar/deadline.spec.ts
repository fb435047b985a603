import { DomainError } from '../shared/domain-error';
import { loadCnWorkdayCalendar } from './cn-workday-calendar.loader';
import { computeDeadline, latestAllowedDeadline } from './deadline';
import { parseCalendarVersion } from './calendar-version';
import { testProvisionalYears } from '../testing/provisional-years';

const calendar = loadCnWorkdayCalendar();
const withProvisional = loadCnWorkdayCalendar(undefined, testProvisionalYears);
/** an order given at 10:00 Shanghai time on `date` */
const orderedOn = (date: string) => `${date}T02:00:00.000Z`;
const endOf = (date: string) => new Date(`${date}T23:59:59+08:00`).toISOString();

describe('computeDeadline', () => {
  it.each([
    ['2026-09-30', 5, '2026-10-13', 'National Day week, then the make-up Saturday 10-10'],
    ['2026-02-13', 3, '2026-02-25', 'make-up Saturday 02-14, then Spring Festival'],
    ['2025-12-31', 1, '2026-01-04', 'New Year holiday, then a make-up Sunday'],
    ['2026-04-30', 3, '2026-05-08', 'Labour Day holiday'],
  ])('ordered %s + %d working days → %s (%s)', (date, days, expected) => {
    const { deadline, deadlineRule } = computeDeadline(orderedOn(date), { kind: 'workingDays', days }, calendar);
    expect(deadline).toBe(endOf(expected));
    expect(deadlineRule).toEqual({ kind: 'workingDays', days, calendarVersion: calendar.versionOf(`${expected}`, `${expected}`).version, provisional: false });
  });

  it('gives the deadline as 23:59:59 +08:00 in UTC', () => {
    expect(computeDeadline(orderedOn('2026-09-30'), { kind: 'workingDays', days: 5 }, calendar).deadline).toBe(
      '2026-10-13T15:59:59.000Z',
    );
  });

  it('moves a calendar-day deadline that falls on a holiday to the next working day', () => {
    const { deadline, deadlineRule } = computeDeadline(orderedOn('2026-09-25'), { kind: 'calendarDays', days: 10 }, calendar);
    expect(deadline).toBe(endOf('2026-10-08'));
    expect(deadlineRule).toEqual({ kind: 'calendarDays', days: 10, calendarVersion: calendar.versionOf('2026-10-08', '2026-10-08').version, provisional: false });
  });

  it('keeps a calendar-day deadline that falls on a working day', () => {
    expect(computeDeadline(orderedOn('2026-03-02'), { kind: 'calendarDays', days: 10 }, calendar).deadline).toBe(
      endOf('2026-03-12'),
    );
  });

  it('takes the order date in Shanghai time: 2026-09-30T17:00Z is already 10-01', () => {
    const late = computeDeadline('2026-09-30T17:00:00Z', { kind: 'workingDays', days: 1 }, calendar);
    expect(late.deadline).toBe(endOf('2026-10-08'));
    const lateCalendar = computeDeadline('2026-09-30T17:00:00Z', { kind: 'calendarDays', days: 9 }, calendar);
    expect(lateCalendar.deadline).toBe(endOf('2026-10-10')); // a make-up Saturday is a working day
    const early = computeDeadline('2026-09-30T15:59:59Z', { kind: 'calendarDays', days: 9 }, calendar);
    expect(early.deadline).toBe(endOf('2026-10-09'));
  });

  it('takes an explicit deadline as given, normalised to UTC', () => {
    const result = computeDeadline(orderedOn('2026-03-02'), { kind: 'explicit', deadline: '2026-03-20T18:00:00+08:00' }, calendar);
    expect(result).toEqual({
      deadline: '2026-03-20T10:00:00.000Z',
      deadlineRule: { kind: 'explicit', explicit: '2026-03-20T10:00:00.000Z', calendarVersion: calendar.version, provisional: false },
    });
  });

  it('refuses a non-positive day count and a malformed explicit deadline', () => {
    expect(() => computeDeadline(orderedOn('2026-03-02'), { kind: 'workingDays', days: 0 }, calendar)).toThrow(DomainError);
    expect(() => computeDeadline(orderedOn('2026-03-02'), { kind: 'explicit', deadline: 'soon' }, calendar)).toThrow(DomainError);
  });
});

describe('CALENDAR_OUT_OF_RANGE', () => {
  it('refuses to count through a year the calendar does not cover', () => {
    expect.assertions(3);
    try {
      computeDeadline(orderedOn('2026-12-28'), { kind: 'workingDays', days: 5 }, calendar);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('CALENDAR_OUT_OF_RANGE');
      expect((error as DomainError).detail).toContain('2027');
    }
  });

  it('refuses an order date before the calendar', () => {
    expect(() => computeDeadline(orderedOn('2023-12-20'), { kind: 'calendarDays', days: 3 }, calendar)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }),
    );
  });

  it('counts up to the last covered day', () => {
    expect(computeDeadline(orderedOn('2026-12-28'), { kind: 'workingDays', days: 3 }, calendar).deadline).toBe(endOf('2026-12-31'));
  });
});

describe('provisional years', () => {
  it('counts 40 working days from 2026-11-30 into a provisional 2027 and says so', () => {
    const { deadline, deadlineRule } = computeDeadline(orderedOn('2026-11-30'), { kind: 'workingDays', days: 40 }, withProvisional);
    // December 2026: 23 working days; January 2027: 1 January is 元旦 (provisional), then 17 more working days
    expect(deadline).toBe(endOf('2027-01-26'));
    expect(deadlineRule.provisional).toBe(true);
    expect(deadlineRule.calendarVersion).toMatch(/^CN-2026-2027@[0-9a-f]{8}\.provisional-[0-9a-f]{8}$/);
    expect(parseCalendarVersion(deadlineRule.calendarVersion)?.map((y) => [y.year, y.provisional])).toEqual([[2026, false], [2027, true]]);
  });

  it('records an official version for a count that stays inside published years', () => {
    const { deadlineRule } = computeDeadline(orderedOn('2026-03-02'), { kind: 'workingDays', days: 10 }, withProvisional);
    expect(deadlineRule.provisional).toBe(false);
    expect(deadlineRule.calendarVersion).toMatch(/^CN-2026@[0-9a-f]{8}$/);
  });

  it('takes the statutory days of a provisional year as rest days (春节 4 days from 除夕 2027-02-05)', () => {
    expect(computeDeadline(orderedOn('2027-02-04'), { kind: 'workingDays', days: 1 }, withProvisional).deadline).toBe(endOf('2027-02-09'));
  });

  it('is out of range only where nothing can be computed', () => {
    expect(() => computeDeadline(orderedOn('2028-12-20'), { kind: 'workingDays', days: 20 }, withProvisional)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }),
    );
  });
});

describe('latestAllowedDeadline', () => {
  it('is the end of the Shanghai day max calendar days ahead', () => {
    expect(latestAllowedDeadline('2026-07-07T02:00:00Z', 90)).toBe(endOf('2026-10-05'));
    expect(latestAllowedDeadline('2026-03-02T17:00:00Z', 10)).toBe(endOf('2026-03-13'));
  });
});
