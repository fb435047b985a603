import bundled from './cn-workday-calendar.json';
import { statutoryHolidays } from './statutory-holidays';
import { FESTIVALS } from '../testing/provisional-years';

const official = bundled as unknown as { years: Record<string, { holidays: { date: string }[] }> };

describe('statutory holidays (《全国年节及纪念日放假办法》, 2024 amendment)', () => {
  it('gives the 13 days of a year', () => {
    const days = statutoryHolidays(FESTIVALS[2027]);
    expect(days).toHaveLength(13);
    expect(days.map((d) => d.date)).toEqual([
      '2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-04-05', '2027-05-01', '2027-05-02',
      '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03',
    ]);
    expect(days.find((d) => d.date === '2027-02-05')?.name).toBe('春节');
  });

  it.each([2025, 2026])('are all official holidays in %i, the years published under the amended rules', (year) => {
    const published = new Set(official.years[String(year)].holidays.map((d) => d.date));
    for (const day of statutoryHolidays(FESTIVALS[year])) expect(published).toContain(day.date);
  });

  it('merges 中秋 falling on National Day into one rest day', () => {
    const days = statutoryHolidays({ year: 2031, lunarNewYearsEve: '2031-01-22', qingming: '2031-04-05', dragonBoat: '2031-06-24', midAutumn: '2031-10-01' });
    expect(days).toHaveLength(12);
    expect(days.find((d) => d.date === '2031-10-01')?.name).toBe('中秋节、国庆节');
  });

  it('refuses festival dates outside the year', () => {
    expect(() => statutoryHolidays({ ...FESTIVALS[2027], midAutumn: '2026-09-25' })).toThrow(RangeError);
  });
});
