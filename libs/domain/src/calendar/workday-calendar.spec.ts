import fc from 'fast-check';
import { addCalendarDays, isWeekday } from './calendar-date';
import { formatCalendarVersion, parseCalendarVersion } from './calendar-version';
import { loadCnWorkdayCalendar } from './cn-workday-calendar.loader';
import { testProvisionalYears } from '../testing/provisional-years';
import bundled from './cn-workday-calendar.json';

const calendar = loadCnWorkdayCalendar(undefined, testProvisionalYears);

/** The reference the prefix counts must agree with: a walk over the days, from the published data directly. */
const raw = bundled as unknown as { years: Record<string, { holidays: { date: string }[]; workdays: { date: string }[] }> };
const holidays = new Set(Object.values(raw.years).flatMap((y) => y.holidays.map((d) => d.date)));
const workdays = new Set(Object.values(raw.years).flatMap((y) => y.workdays.map((d) => d.date)));
const provisional2027 = new Set(testProvisionalYears(2027)!.holidays);
const provisional2028 = new Set(testProvisionalYears(2028)!.holidays);
function walkIsWorking(date: string): boolean {
  if (workdays.has(date)) return true;
  if (holidays.has(date) || provisional2027.has(date) || provisional2028.has(date)) return false;
  return isWeekday(date);
}
function walkCount(from: string, to: string): number {
  let n = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (walkIsWorking(d)) n++;
  return n;
}
function walkAdd(date: string, n: number, step: 1 | -1): string {
  let d = date;
  for (let counted = 0; counted < n; ) {
    d = addCalendarDays(d, step);
    if (walkIsWorking(d)) counted++;
  }
  return d;
}

const FIRST = '2024-01-01';
const dateArb = fc.integer({ min: 0, max: 365 * 5 - 1 }).map((i) => addCalendarDays(FIRST, i)); // 2024 … 2028

describe('working days from prefix counts', () => {
  it('counts working days between any two dates as a day walk does', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(calendar.countWorkingDays(from, to)).toBe(walkCount(from, to));
        expect(calendar.countWorkingDays(to, from)).toBe(-walkCount(from, to) || 0);
      }),
      { numRuns: 300 },
    );
  });

  it('adds and subtracts working days as a day walk does, across years', () => {
    const inner = fc.integer({ min: 200, max: 365 * 4 }).map((i) => addCalendarDays(FIRST, i));
    fc.assert(
      fc.property(inner, fc.integer({ min: 0, max: 120 }), (date, n) => {
        expect(calendar.addWorkingDays(date, n)).toBe(walkAdd(date, n, 1));
        expect(calendar.subtractWorkingDays(date, n)).toBe(walkAdd(date, n, -1));
      }),
      { numRuns: 300 },
    );
  });

  it('knows provisional years from the statutory days and marks them', () => {
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false); // 元旦, a Friday
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false); // 春节: 除夕 02-05 + 3 days
    expect(calendar.isWorkingDay('2027-02-09')).toBe(true);
    expect(calendar.isWorkingDay('2027-10-04')).toBe(true); // 国庆 is three days, no bridging
    expect(calendar.year(2027)).toMatchObject({ year: 2027, provisional: true });
    expect(calendar.year(2026)).toMatchObject({ provisional: false, source: { docNo: '国办发明电〔2025〕7号' } });
    expect(calendar.published).toEqual({ first: 2024, last: 2026 });
  });

  it('refuses a year it can neither find nor compute', () => {
    expect(() => calendar.isWorkingDay('2023-06-01')).toThrow(expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }));
    expect(() => calendar.countWorkingDays('2028-12-01', '2029-01-10')).toThrow(expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }));
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }));
  });
});

describe('calendar versions', () => {
  it('name the years spanned with one hash each, provisional ones marked', () => {
    const { version, provisional } = calendar.versionOf('2026-12-01', '2027-01-26');
    expect(provisional).toBe(true);
    expect(version).toBe(`CN-2026-2027@${calendar.year(2026).hash}.provisional-${calendar.year(2027).hash}`);
    expect(parseCalendarVersion(version)).toEqual([
      { year: 2026, hash: calendar.year(2026).hash, provisional: false },
      { year: 2027, hash: calendar.year(2027).hash, provisional: true },
    ]);
  });

  it('round-trip through format and parse, gaps included', () => {
    const years = [
      { year: 2024, hash: '0123abcd', provisional: false },
      { year: 2025, hash: '4567ef01', provisional: false },
      { year: 2028, hash: '89abcdef', provisional: true },
    ];
    expect(formatCalendarVersion(years)).toBe('CN-2024-2025,2028@0123abcd.4567ef01.provisional-89abcdef');
    expect(parseCalendarVersion(formatCalendarVersion(years))).toEqual(years);
  });

  it('do not parse the bundled file\'s old form or garbage', () => {
    expect(parseCalendarVersion('CN-2024-2026@1a2b3c4d5e6f')).toBeNull();
    expect(parseCalendarVersion('nonsense')).toBeNull();
  });
});
