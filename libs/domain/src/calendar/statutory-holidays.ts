import { addCalendarDays, isCalendarDate } from './calendar-date';
import type { CalendarDay } from './calendar-year';

/**
 * The dates of a year's movable festivals, from a lunar calendar (the domain does no astronomy: they arrive here).
 * 除夕 is the last day of the lunar year that ends in this Gregorian year (always between 20 January and 19 February).
 */
export interface FestivalDates {
  year: number;
  lunarNewYearsEve: string;
  qingming: string;
  dragonBoat: string;
  midAutumn: string;
}

/**
 * The holidays for all citizens of 《全国年节及纪念日放假办法》 as amended in 2024 (in force from 2025): 元旦 1 day,
 * 春节 4 days from 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3 — 13 days. A provisional year is these days and the
 * weekends, without the make-up working days and bridging that only the yearly notice fixes.
 */
export function statutoryHolidays(dates: FestivalDates): CalendarDay[] {
  const { year } = dates;
  for (const date of [dates.lunarNewYearsEve, dates.qingming, dates.dragonBoat, dates.midAutumn]) {
    if (!isCalendarDate(date) || !date.startsWith(`${year}-`)) throw new RangeError(`festival date ${date} is not in ${year}`);
  }
  const days: CalendarDay[] = [
    { date: `${year}-01-01`, name: '元旦' },
    ...[0, 1, 2, 3].map((n) => ({ date: addCalendarDays(dates.lunarNewYearsEve, n), name: '春节' })),
    { date: dates.qingming, name: '清明节' },
    { date: `${year}-05-01`, name: '劳动节' },
    { date: `${year}-05-02`, name: '劳动节' },
    { date: dates.dragonBoat, name: '端午节' },
    { date: dates.midAutumn, name: '中秋节' },
    ...[1, 2, 3].map((d) => ({ date: `${year}-10-0${d}`, name: '国庆节' })),
  ];
  // 中秋 can fall on 1–3 October: one rest day then, named for both.
  const byDate = new Map<string, CalendarDay>();
  for (const day of days) {
    const seen = byDate.get(day.date);
    byDate.set(day.date, seen ? { date: day.date, name: `${seen.name}、${day.name}` } : day);
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** A provisional year is published by nobody; these words name it wherever it is shown. */
export const PROVISIONAL_SOURCE_TITLE = '暂定：按《全国年节及纪念日放假办法》（2024年修订）计算的法定节假日，无调休';
