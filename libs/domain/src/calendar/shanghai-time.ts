import { instantMillis } from '../shared/instant';

/** Asia/Shanghai has been UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The calendar date (YYYY-MM-DD) an instant falls on in Asia/Shanghai. */
export function shanghaiDate(instant: string): string {
  return new Date(instantMillis(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** 23:59:59 +08:00 of a Shanghai calendar date, as a UTC instant. */
export function endOfShanghaiDay(date: string): string {
  return new Date(Date.parse(`${date}T23:59:59.000+08:00`)).toISOString();
}

/** 00:00:00 +08:00 of a Shanghai calendar date, as a UTC instant. */
export function startOfShanghaiDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000+08:00`)).toISOString();
}
