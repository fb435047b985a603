import { shanghaiDate } from '@app/domain';
import type { Timeliness } from '@app/projections/rectification-timeliness/rectification-timeliness.reader';

type MonthRow = { month: string } & Record<string, unknown>;

/**
 * The dashboard's on-time figures come from one definition (reported on or before the deadline in force, by the
 * Shanghai month the deadline fell in); months after the current one are never shown.
 */
export function withTimeliness<T extends { byMonth: { month: string }[] }>(counts: T, timeliness: Timeliness, now: string) {
  const thisMonth = shanghaiDate(now).slice(0, 7);
  const months = new Map<string, MonthRow>();
  for (const row of counts.byMonth) if (row.month <= thisMonth) months.set(row.month, { ...row, ordersDue: 0, ordersOnTime: 0, onTimeRate: null });
  for (const row of timeliness.byMonth) {
    if (row.month > thisMonth) continue;
    months.set(row.month, { registered: 0, closed: 0, overdue: 0, ...months.get(row.month), ...row });
  }
  return {
    ...counts,
    onTimeRectificationRate: timeliness.onTimeRate,
    ordersDue: timeliness.ordersDue,
    ordersRectifiedOnTime: timeliness.ordersOnTime,
    onTimeDefinition: 'reported on or before the deadline in force, by the Shanghai month of the deadline',
    byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
  };
}
