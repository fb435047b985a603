import type { Pool } from 'pg';
import { addCalendarDays, shanghaiDate } from '@app/domain';
import type { ReadScope } from '../shared/read-scope';

export interface TimelinessRange {
  /** ISO instants: the orders whose deadline falls in [from, to) */
  from?: string;
  to?: string;
}

export interface Timeliness {
  ordersDue: number;
  ordersOnTime: number;
  onTimeRate: number | null;
  byMonth: { month: string; ordersDue: number; ordersOnTime: number; onTimeRate: number | null }[];
}

/**
 * The on-time rate over the orders whose outcome is known — the deadline passed (a Shanghai date before today), or the
 * unit already reported in time — by the Shanghai month the deadline fell in, never a month that has not begun.
 */
export class RectificationTimelinessReader {
  constructor(private readonly pool: Pool) {}

  async timeliness(scope: ReadScope, range: TimelinessRange, now: string): Promise<Timeliness> {
    const today = shanghaiDate(now);
    const values: unknown[] = [today, `${today.slice(0, 7)}-01`];
    const where = [`deadline_date < ($2::date + interval '1 month')`];
    if (scope.regionIds) where.push(`region_id = ANY($${values.push(scope.regionIds)}::text[])`);
    if (scope.unitIds) where.push(`unit_id = ANY($${values.push(scope.unitIds)}::text[])`);
    if (range.from) where.push(`deadline_date >= $${values.push(shanghaiDate(range.from))}::date`);
    if (range.to) where.push(`deadline_date < $${values.push(exclusiveEnd(range.to))}::date`);
    const rows = await this.pool.query<{ month: string; due: number; on_time: number }>(
      `SELECT to_char(deadline_date, 'YYYY-MM') AS month,
              sum(CASE WHEN deadline_date < $1::date THEN orders ELSE on_time END)::int AS due, sum(on_time)::int AS on_time
         FROM timeliness_days WHERE ${where.join(' AND ')} GROUP BY 1
       HAVING sum(CASE WHEN deadline_date < $1::date THEN orders ELSE on_time END) > 0 ORDER BY 1`,
      values,
    );
    const byMonth = rows.rows.map((r) => ({ month: r.month, ordersDue: r.due, ordersOnTime: r.on_time, onTimeRate: ratio(r.on_time, r.due) }));
    const ordersDue = byMonth.reduce((sum, m) => sum + m.ordersDue, 0);
    const ordersOnTime = byMonth.reduce((sum, m) => sum + m.ordersOnTime, 0);
    return { ordersDue, ordersOnTime, onTimeRate: ratio(ordersOnTime, ordersDue), byMonth };
  }
}

/** `to` is exclusive: an instant at a day's start excludes that day; any later instant includes it. */
function exclusiveEnd(to: string): string {
  const date = shanghaiDate(to);
  const startOfDay = Date.parse(`${date}T00:00:00+08:00`);
  return Date.parse(to) > startOfDay ? addCalendarDays(date, 1) : date;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 1000;
}
