import { codeOf, scenario, testContext } from '../testing/given';
import type { Actor } from '../shared/actor';
import type { CalendarCommand, PublishCalendarYear } from './calendar.commands';
import { decideCalendar } from './calendar.decide';
import type { CalendarEvent } from './calendar.events';
import { evolveCalendar, foldCalendar } from './calendar.evolve';
import { initialCalendarState, type CalendarState } from './calendar.state';
import { calendarYearWarnings } from './calendar-year.validate';
import { publishedCalendarYears } from './calendar-years';
import { statutoryHolidays } from './statutory-holidays';
import { FESTIVALS } from '../testing/provisional-years';

const admin: Actor = { id: 'admin', role: 'admin' };
const calendar = scenario<CalendarCommand, CalendarEvent, CalendarState>({ decide: decideCalendar, evolve: evolveCalendar, initialState: initialCalendarState });
const context = testContext({ now: '2026-11-30T02:00:00.000Z', actor: admin });

/** A schedule for the specs (not the official 2027 schedule, which is not known here). */
const year2027: PublishCalendarYear = {
  type: 'PublishCalendarYear',
  year: 2027,
  holidays: [
    { date: '2027-01-01', name: '元旦' }, { date: '2027-01-02', name: '元旦' }, { date: '2027-01-03', name: '元旦' },
    { date: '2027-02-05', name: '春节' }, { date: '2027-02-06', name: '春节' }, { date: '2027-02-07', name: '春节' },
    { date: '2027-02-08', name: '春节' }, { date: '2027-02-09', name: '春节' },
  ],
  workdays: [{ date: '2027-02-13', name: '春节补班' }],
  source: { title: '测试用2027年放假安排（非官方）', docNo: 'TEST-2027-1', publishedOn: '2026-11-20' },
};

describe('calendar-cn: CalendarYearPublished', () => {
  it('publishes a valid year as revision 1, by the admin, at the command\'s time', () => {
    const outcome = calendar().when(year2027, context);
    expect(outcome.events).toEqual([
      { type: 'CalendarYearPublished', data: { ...withoutType(year2027), revision: 1, publishedAt: context.now, publishedBy: 'admin' } },
    ]);
    expect(outcome.after.years[2027]).toMatchObject({ revision: 1, hash: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(publishedCalendarYears(outcome.after)[0]).toMatchObject({ year: 2027, provisional: false, workdays: ['2027-02-13'] });
  });

  it('appends nothing when the same year is published again unchanged', () => {
    const first = calendar().when(year2027, context).events!;
    expect(calendar(first).when({ ...year2027, holidays: [...year2027.holidays].reverse() }, context).events).toEqual([]);
  });

  it('takes a changed year as a correction: revision 2, a new hash', () => {
    const first = calendar().when(year2027, context);
    const corrected = calendar(first.events).when({ ...year2027, workdays: [], source: { ...year2027.source, docNo: 'TEST-2027-2' } }, context);
    expect(corrected.events?.[0].data.revision).toBe(2);
    expect(corrected.after.years[2027].hash).not.toBe(first.after.years[2027].hash);
  });

  it('seeds a year only when it was never published (a correction is never overwritten)', () => {
    const published = calendar().when(year2027, context).events!;
    expect(calendar(published).when({ ...year2027, type: 'SeedCalendarYear', workdays: [] }, context).events).toEqual([]);
    expect(calendar().when({ ...year2027, type: 'SeedCalendarYear' }, context).events).toHaveLength(1);
  });

  it('refuses a bad schedule with every error by field, and appends nothing', () => {
    const outcome = calendar().when(
      {
        ...year2027,
        holidays: [{ date: '2026-12-31', name: '元旦' }, { date: '2027-02-13', name: '春节' }, { date: '2027-13-01', name: '' }, { date: '2027-02-05', name: '春节' }, { date: '2027-02-05', name: '春节' }],
        workdays: [{ date: '2027-02-13', name: '补班' }, { date: '2027-02-10', name: '补班' }],
        source: { title: '', docNo: ' ', publishedOn: '2026-12-01' },
      },
      context,
    );
    expect(codeOf(outcome)).toBe('CALENDAR_INVALID');
    expect(outcome.error?.errors?.map((e) => e.field)).toEqual([
      'holidays[0].date', 'holidays[2].date', 'holidays[2].name', 'holidays[4].date',
      'workdays[0].date', 'workdays[1].date', 'source.title', 'source.docNo', 'source.publishedOn',
    ]);
    expect(outcome.error?.errors?.find((e) => e.field === 'workdays[1].date')?.message).toMatch(/weekday/);
    expect(outcome.error?.errors?.find((e) => e.field === 'workdays[0].date')?.message).toMatch(/also listed as a holiday/);
  });

  it('refuses a year outside 2000–2100, a missing source and an empty holiday list', () => {
    expect(calendar().when({ ...year2027, year: 1999 }, context).error?.errors).toEqual([{ field: 'year', message: expect.any(String) }]);
    const missing = calendar().when({ ...year2027, holidays: [], source: undefined as never }, context);
    expect(missing.error?.errors?.map((e) => e.field)).toEqual(['holidays', 'source']);
  });

  it('folds a publication history into the latest revision of each year', () => {
    const first = calendar().when(year2027, context).events!;
    const second = calendar(first).when({ ...year2027, workdays: [] }, context).events!;
    const state = foldCalendar([...first, ...second]);
    expect(state.version).toBe(2);
    expect(state.years[2027].workdays).toEqual([]);
  });
});

describe('calendar-cn: warnings', () => {
  it('points at statutory days not listed, make-up days far from holidays, a notice dated inside the year', () => {
    const warnings = calendarYearWarnings(
      { ...year2027, workdays: [{ date: '2027-07-03', name: '补班' }], source: { ...year2027.source, publishedOn: '2027-01-05' } },
      statutoryHolidays(FESTIVALS[2027]),
    );
    expect(warnings.map((w) => w.code)).toContain('STATUTORY_DAY_NOT_LISTED');
    expect(warnings.filter((w) => w.code === 'STATUTORY_DAY_NOT_LISTED').map((w) => w.date)).toContain('2027-04-05');
    expect(warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['MAKE_UP_DAY_FAR_FROM_HOLIDAYS', 'PUBLISHED_AFTER_YEAR_BEGAN']));
  });
});

function withoutType({ type: _type, ...rest }: PublishCalendarYear) {
  return rest;
}

describe('calendar-cn: the example file', () => {
  it('is refused as it stands (its document number is a placeholder)', () => {
    const example = require('../../../../docs/calendar-2027.example.json'); // eslint-disable-line @typescript-eslint/no-require-imports
    const outcome = calendar().when({ type: 'PublishCalendarYear', year: example.year, holidays: example.holidays, workdays: example.workdays, source: example.source }, context);
    expect(outcome.error?.errors).toEqual([{ field: 'source.docNo', message: expect.stringContaining('placeholder') }]);
    const filled = calendar().when({ type: 'PublishCalendarYear', year: example.year, holidays: example.holidays, workdays: example.workdays, source: { ...example.source, docNo: '国办发明电〔2026〕1号' } }, context);
    expect(filled.events).toHaveLength(1);
  });
});
