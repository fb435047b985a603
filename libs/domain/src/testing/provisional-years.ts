import { provisionalCalendarYear } from '../calendar/calendar-years';
import type { ProvisionalYears } from '../calendar/workday-calendar';
import type { FestivalDates } from '../calendar/statutory-holidays';

/**
 * Festival dates for the domain's specs (the service takes them from a lunar-calendar library; its spec checks
 * the library gives these same dates): 除夕, 清明, 端午, 中秋.
 */
export const FESTIVALS: Readonly<Record<number, FestivalDates>> = {
  2025: { year: 2025, lunarNewYearsEve: '2025-01-28', qingming: '2025-04-04', dragonBoat: '2025-05-31', midAutumn: '2025-10-06' },
  2026: { year: 2026, lunarNewYearsEve: '2026-02-16', qingming: '2026-04-05', dragonBoat: '2026-06-19', midAutumn: '2026-09-25' },
  2027: { year: 2027, lunarNewYearsEve: '2027-02-05', qingming: '2027-04-05', dragonBoat: '2027-06-09', midAutumn: '2027-09-15' },
  2028: { year: 2028, lunarNewYearsEve: '2028-01-25', qingming: '2028-04-04', dragonBoat: '2028-05-28', midAutumn: '2028-10-03' },
};

/** Provisional years from 2025 on, for the years FESTIVALS knows. */
export const testProvisionalYears: ProvisionalYears = (year) => (year >= 2025 && FESTIVALS[year] ? provisionalCalendarYear(FESTIVALS[year]) : null);
