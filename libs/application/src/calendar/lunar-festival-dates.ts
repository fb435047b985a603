import { Lunar, Solar } from 'lunar-typescript';
import type { FestivalDates } from '@app/domain';

/** The 2024 amendment of 《全国年节及纪念日放假办法》 is in force from 2025; earlier years had other holidays. */
export const FIRST_PROVISIONAL_YEAR = 2025;
/** lunar-typescript computes to 2100; the lunar year 2100 ends in 2101, so 2099 is the last year fully covered. */
export const LAST_PROVISIONAL_YEAR = 2099;

/**
 * 除夕, 清明, 端午 and 中秋 of a Gregorian year, from lunar-typescript (6tail): no hand-written lunar table.
 * Null for a year the statutory rules or the library do not cover.
 */
export function festivalDates(year: number): FestivalDates | null {
  if (!Number.isInteger(year) || year < FIRST_PROVISIONAL_YEAR || year > LAST_PROVISIONAL_YEAR) return null;
  const ymd = (solar: Solar) => solar.toYmd();
  const newYear = Lunar.fromYmd(year, 1, 1).getSolar();
  return {
    year,
    lunarNewYearsEve: ymd(newYear.next(-1)),
    qingming: ymd(Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()['清明']),
    dragonBoat: ymd(Lunar.fromYmd(year, 5, 5).getSolar()),
    midAutumn: ymd(Lunar.fromYmd(year, 8, 15).getSolar()),
  };
}
