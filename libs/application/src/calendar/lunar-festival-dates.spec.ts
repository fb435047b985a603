import { FESTIVALS } from '@app/domain/testing/provisional-years';
import { bundledCalendarYears, statutoryHolidays } from '@app/domain';
import { festivalDates } from './lunar-festival-dates';

describe('festival dates from lunar-typescript', () => {
  it.each([2025, 2026, 2027, 2028])('agree with the dates the domain specs use for %i', (year) => {
    expect(festivalDates(year)).toEqual(FESTIVALS[year]);
  });

  it('give statutory days that the State Council\'s 2025 and 2026 notices all list as holidays', () => {
    for (const year of bundledCalendarYears().filter((y) => y.year >= 2025)) {
      const official = new Set(year.holidays.map((d) => d.date));
      for (const day of statutoryHolidays(festivalDates(year.year)!)) expect(official).toContain(day.date);
    }
  });

  it('put 除夕 between 20 January and 19 February, and 清明 on 4–6 April, every year they cover', () => {
    for (let year = 2025; year <= 2099; year++) {
      const dates = festivalDates(year)!;
      expect(dates.lunarNewYearsEve >= `${year}-01-20` && dates.lunarNewYearsEve <= `${year}-02-19`).toBe(true);
      expect(dates.qingming >= `${year}-04-04` && dates.qingming <= `${year}-04-06`).toBe(true);
    }
  });

  it('cover no year before the 2024 amendment took effect, nor past the library', () => {
    expect(festivalDates(2024)).toBeNull();
    expect(festivalDates(2100)).toBeNull();
  });
});
