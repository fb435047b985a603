import { DomainError } from '../shared/domain-error';
import { loadCnWorkdayCalendar } from './cn-workday-calendar.loader';
import { endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from './shanghai-time';
import { addWorkingDays, workingDaysAfter, workingDaysBefore, workingDaysBetween } from './working-days';

const calendar = loadCnWorkdayCalendar();

describe('workday calendar', () => {
  it('knows holidays, make-up working days and weekends', () => {
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday 调休补班
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false); // Sunday
    expect(calendar.isWorkingDay('2026-10-12')).toBe(true);
  });

  it('has a version naming its years and one content hash per year', () => {
    expect(calendar.version).toMatch(/^CN-2024-2026@[0-9a-f]{8}\.[0-9a-f]{8}\.[0-9a-f]{8}$/);
    expect(loadCnWorkdayCalendar().version).toBe(calendar.version);
    expect(calendar.published).toEqual({ first: 2024, last: 2026 });
  });

  it('changes version when the data changes', () => {
    const other = loadCnWorkdayCalendar({ calendar: 'CN', years: { '2026': { holidays: [], workdays: [] } } });
    expect(other.version).toMatch(/^CN-2026@[0-9a-f]{8}$/);
    expect(other.version).not.toBe(calendar.version);
    expect(other.isWorkingDay('2026-10-01')).toBe(true);
  });

  it('refuses malformed calendar data', () => {
    expect(() => loadCnWorkdayCalendar({})).toThrow(TypeError);
    expect(() => loadCnWorkdayCalendar({ years: { '2026': { holidays: [{ date: '2025-01-01' }] } } })).toThrow(TypeError);
  });

  it('refuses dates outside its years with CALENDAR_OUT_OF_RANGE', () => {
    expect(() => calendar.isWorkingDay('2027-01-04')).toThrow(expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }));
    expect(() => calendar.isWorkingDay('2023-12-29')).toThrow(DomainError);
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(DomainError);
  });
});

describe('Shanghai time', () => {
  it('maps instants to Shanghai dates and back', () => {
    expect(shanghaiDate('2026-09-30T16:00:00Z')).toBe('2026-10-01');
    expect(shanghaiDate('2026-09-30T15:59:59.999Z')).toBe('2026-09-30');
    expect(shanghaiDate('2026-10-01T00:30:00+08:00')).toBe('2026-10-01');
    expect(endOfShanghaiDay('2026-10-13')).toBe('2026-10-13T15:59:59.000Z');
    expect(startOfShanghaiDay('2026-10-13')).toBe('2026-10-12T16:00:00.000Z');
  });
});

describe('working-day helpers', () => {
  it('addWorkingDays counts from the next day', () => {
    expect(addWorkingDays('2026-09-30', 5, calendar)).toBe('2026-10-13');
    expect(addWorkingDays('2026-09-30', 0, calendar)).toBe('2026-09-30');
  });

  it('workingDaysBefore gives the start of the working day n before the deadline date', () => {
    // deadline 10-13: 10-12 (1), 10-10 make-up Saturday (2), 10-09 (3)
    expect(workingDaysBefore('2026-10-13T15:59:59.000Z', 3, calendar)).toBe(startOfShanghaiDay('2026-10-09'));
  });

  it('workingDaysAfter gives the end of the n-th working day after', () => {
    // overdue at 10-14 00:00 Shanghai; 10-15, 16, 19, 20, 21
    expect(workingDaysAfter('2026-10-13T16:00:00.000Z', 5, calendar)).toBe(endOfShanghaiDay('2026-10-21'));
  });

  it('workingDaysBetween counts working days after the first date up to the second', () => {
    expect(workingDaysBetween('2026-09-30T02:00:00Z', '2026-10-13T02:00:00Z', calendar)).toBe(5);
    expect(workingDaysBetween('2026-10-13T02:00:00Z', '2026-09-30T02:00:00Z', calendar)).toBe(-5);
    expect(workingDaysBetween('2026-10-13T02:00:00Z', '2026-10-13T12:00:00Z', calendar)).toBe(0);
  });
});
