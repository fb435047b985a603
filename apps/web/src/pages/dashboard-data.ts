import { num, pairs, pick, str } from '../api/loose';
import type { Loose } from '../api/types';

/** GET /dashboard read loosely (the read side owns its exact field names; DESIGN §4 names the contents). */
export interface DashboardView {
  byStatus: [string, number][];
  months: { month: string; rate: number | null; registered: number | null; closed: number | null }[];
  overdueByZone: [string, number][];
  overdueByCategory: [string, number][];
  total: number;
  overdue: number;
  onTimeRate: number | null;
  ordersDue?: number;
  ordersOnTime?: number;
  recheckPassRate: number | null;
  /** 回头看 now: done, due (and late), relapse rate in per cent */
  lookBacks: { due: number; overdue: number; done: number; relapsed: number; relapseRate: number | null } | null;
}

const percent = (value: unknown): number | null => {
  if (value && typeof value === 'object') value = pick(value as Loose, 'rate', 'value');
  const n = typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return null;
  return Math.round((n <= 1 ? n * 100 : n) * 10) / 10;
};

const OVERDUE_COUNT = ['overdue', 'overdueCount', 'count', 'total', 'value', 'n'];

export function toDashboardView(data: Loose): DashboardView {
  const byStatus = pairs(pick(data, 'byStatus', 'countsByStatus', 'statusCounts', 'status', 'counts'), ['status', 'key', 'name']);
  const monthsRaw = pick(data, 'byMonth', 'onTimeByMonth', 'months', 'month');
  const months = Array.isArray(monthsRaw)
    ? (monthsRaw as Loose[]).map((row) => {
        const rate = percent(pick(row, 'onTimeRate', 'onTimeRectificationRate', 'rate'));
        const due = num(row, 'due', 'deadlines', 'total', 'closedOrders', 'orders');
        const onTime = num(row, 'onTime', 'onTimeCount');
        return {
          month: str(row, 'month', 'key') ?? '?',
          rate: rate ?? (due && onTime !== undefined ? Math.round((onTime / due) * 1000) / 10 : null),
          registered: num(row, 'registered') ?? null,
          closed: num(row, 'closed') ?? null,
        };
      })
    : pairs(monthsRaw, ['month', 'key']).map(([month, value]) => ({ month, rate: percent(value), registered: null, closed: null }));
  const zoneRows = pick(data, 'overdueByZone', 'byZone', 'zones');
  const categoryRows = pick(data, 'overdueByCategory', 'byCategory', 'categories');
  const total = num(data, 'total', 'totalIssues', 'issues') ?? byStatus.reduce((sum, [, n]) => sum + n, 0);
  return {
    byStatus,
    months: months.sort((a, b) => a.month.localeCompare(b.month)),
    overdueByZone: pairs(zoneRows, ['zoneId', 'zone', 'key', 'name', 'id'], OVERDUE_COUNT),
    overdueByCategory: pairs(categoryRows, ['category', 'code', 'key', 'name'], OVERDUE_COUNT),
    total,
    overdue: num(data, 'overdue', 'overdueCount', 'overdueTotal') ?? 0,
    onTimeRate: percent(pick(data, 'onTimeRate', 'onTimeRectificationRate', 'onTime')),
    ordersDue: num(data, 'ordersDue'),
    ordersOnTime: num(data, 'ordersRectifiedOnTime'),
    recheckPassRate: percent(pick(data, 'recheckPassRate', 'recheckRate', 'passRate')),
    lookBacks: lookBacksOf(pick(data, 'lookBacks')),
  };
}

function lookBacksOf(value: unknown): DashboardView['lookBacks'] {
  if (!value || typeof value !== 'object') return null;
  const row = value as Loose;
  return {
    due: num(row, 'due') ?? 0, overdue: num(row, 'overdue') ?? 0, done: num(row, 'done') ?? 0, relapsed: num(row, 'relapsed') ?? 0,
    relapseRate: percent(pick(row, 'relapseRate')),
  };
}
