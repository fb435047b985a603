import { assignmentsCountedIn, countedMonthsOfSchoolYear, isCountedMonth, schoolYearOf } from './counted-months';

describe('counted months: the school year counts 10 months (每学年按照10个月计算)', () => {
  it('by default counts every month but February and August', () => {
    const counted = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`).filter((m) => isCountedMonth(m, 'r-1'));
    expect(counted).toEqual(['2026-01', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-09', '2026-10', '2026-11', '2026-12']);
  });

  it('uses a region\'s own months when it configured them, the default for the others', () => {
    const policy = { months: [1, 3, 4, 5, 6, 7, 9, 10, 11, 12], byRegion: { 'r-north': [3, 4, 5, 6, 9, 10, 11, 12, 1, 2] } };
    expect(isCountedMonth('2027-02', 'r-north', policy)).toBe(true);
    expect(isCountedMonth('2027-07', 'r-north', policy)).toBe(false);
    expect(isCountedMonth('2027-07', 'r-south', policy)).toBe(true);
    expect(isCountedMonth('2027-02', 'r-south', policy)).toBe(false);
  });

  it('keeps only the assignments whose region counts the month', () => {
    const policy = { months: [9], byRegion: { b: [8] } };
    const pairs = [{ regionId: 'a', unitId: 'u-1' }, { regionId: 'b', unitId: 'u-2' }];
    expect(assignmentsCountedIn(pairs, '2026-08', policy).map((p) => p.unitId)).toEqual(['u-2']);
    expect(assignmentsCountedIn(pairs, '2026-09', policy).map((p) => p.unitId)).toEqual(['u-1']);
  });

  it('names the school year by the year it starts in September, and lists its ten counted months', () => {
    expect(schoolYearOf('2026-09')).toBe(2026);
    expect(schoolYearOf('2027-08')).toBe(2026);
    expect(schoolYearOf('2026-08')).toBe(2025);
    const months = countedMonthsOfSchoolYear(2026);
    expect(months).toHaveLength(10);
    expect(months[0]).toBe('2026-09');
    expect(months).not.toContain('2027-02');
    expect(months).not.toContain('2027-08');
  });

});
