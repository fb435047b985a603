import {
  addMonths,
  coverageMonthsToCheck,
  endOfShanghaiMonth,
  groupBySupervisor,
  lastEndedMonth,
  missedCoverage,
  shanghaiMonth,
  type CoverageAssignment,
} from './monthly-coverage';

const pair = (supervisorId: string, unitId: string): CoverageAssignment => ({ supervisorId, unitId, regionId: 'r-1' });

describe('monthly coverage: months', () => {
  it('takes the month in Asia/Shanghai, not UTC', () => {
    expect(shanghaiMonth('2026-03-31T15:59:59.999Z')).toBe('2026-03');
    expect(shanghaiMonth('2026-03-31T16:00:00.000Z')).toBe('2026-04'); // 00:00 on 1 April in Shanghai
  });

  it('ends a month at 00:00 Asia/Shanghai on the 1st of the next one, across a year end', () => {
    expect(endOfShanghaiMonth('2026-03')).toBe('2026-03-31T16:00:00.000Z');
    expect(endOfShanghaiMonth('2026-12')).toBe('2026-12-31T16:00:00.000Z');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(() => addMonths('2026-13', 1)).toThrow();
  });

  it('knows the last ended month an instant before and after the boundary', () => {
    expect(lastEndedMonth('2026-03-31T15:59:59.999Z')).toBe('2026-02');
    expect(lastEndedMonth('2026-03-31T16:00:00.000Z')).toBe('2026-03');
  });
});

describe('monthly coverage: which months to check', () => {
  it('records a baseline on the first run and judges nothing', () => {
    expect(coverageMonthsToCheck(null, '2026-03-10T02:00:00Z')).toEqual({ check: [], baseline: '2026-02' });
  });

  it('checks a month once it has ended, and nothing before the next month end', () => {
    expect(coverageMonthsToCheck('2026-02', '2026-03-31T15:59:59Z')).toEqual({ check: [], baseline: null });
    expect(coverageMonthsToCheck('2026-02', '2026-03-31T16:00:01Z')).toEqual({ check: ['2026-03'], baseline: null });
    expect(coverageMonthsToCheck('2026-03', '2026-04-20T00:00:00Z')).toEqual({ check: [], baseline: null });
  });

  it('catches up on missed month ends (bounded) and never goes backwards', () => {
    expect(coverageMonthsToCheck('2025-11', '2026-02-02T00:00:00Z').check).toEqual(['2025-12', '2026-01']);
    expect(coverageMonthsToCheck('2024-01', '2026-02-02T00:00:00Z', 3).check).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(coverageMonthsToCheck('2026-05', '2026-02-02T00:00:00Z').check).toEqual([]); // a clock set back
  });
});

describe('monthly coverage: missed pairs', () => {
  const assignments = [pair('s-02', 'u-9'), pair('s-01', 'u-3'), pair('s-01', 'u-1'), pair('s-01', 'u-2'), pair('s-01', 'u-1')];

  it('lists each assigned school the responsible supervisor did not visit, once, in order', () => {
    const missed = missedCoverage(assignments, [{ supervisorId: 's-01', unitId: 'u-2' }]);
    expect(missed.map((p) => `${p.supervisorId}/${p.unitId}`)).toEqual(['s-01/u-1', 's-01/u-3', 's-02/u-9']);
  });

  it('does not count another supervisor\'s visit, or an unknown visitor\'s, for the responsible one', () => {
    const missed = missedCoverage([pair('s-01', 'u-1')], [{ supervisorId: 's-02', unitId: 'u-1' }, { supervisorId: null, unitId: 'u-1' }]);
    expect(missed).toHaveLength(1);
  });

  it('is empty when every pair was visited (several visits count as one)', () => {
    const visits = ['u-1', 'u-2', 'u-3', 'u-1'].map((unitId) => ({ supervisorId: 's-01', unitId }));
    expect(missedCoverage(assignments.filter((a) => a.supervisorId === 's-01'), visits)).toEqual([]);
  });

  it('groups by supervisor', () => {
    const groups = groupBySupervisor(missedCoverage(assignments, []));
    expect([...groups.keys()]).toEqual(['s-01', 's-02']);
    expect(groups.get('s-01')!.map((p) => p.unitId)).toEqual(['u-1', 'u-2', 'u-3']);
  });
});
