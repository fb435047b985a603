import type { Pool } from 'pg';
import { shanghaiDate, startOfShanghaiDay } from '@app/domain';
import { ISSUE_STATUSES } from '../shared/issue-status-counts';
import { scopeConditions, type ReadScope } from '../shared/read-scope';
import { monthOf, monthStart, splitPeriod } from './dashboard-period';

export interface DashboardRange {
  from?: string;
  to?: string;
}

/** One group of issues: a unit × category, with its counts by status. */
interface IssueGroup {
  unit_id: string; unit_name: string | null; zone_id: string | null; zone_name: string | null; category: string;
  n_total: number; n_overdue: number; [status: `n_${string}`]: number;
}
interface IssueMonth { month: string; registered: number; closed: number; overdue: number }
/** Orders by the month of their deadline; `pending_due` is exact for rows read from the order rows, else null. */
interface OrderMonth { month: string; n_orders: number; n_rechecked: number; n_passed: number; n_on_time: number; days: number; pending_due: number | null }

const STATUS_SUMS = ['n_total', 'n_overdue', ...ISSUE_STATUSES.map((s) => `n_${s}`)];
const sums = (alias: string) => STATUS_SUMS.map((c) => `sum(${alias}.${c})::int AS ${c}`).join(', ');
const rowCounts = (alias: string) =>
  [`count(*)::int AS n_total`, `(count(*) FILTER (WHERE ${alias}.overdue))::int AS n_overdue`, ...ISSUE_STATUSES.map((s) => `(count(*) FILTER (WHERE ${alias}.status = '${s}'))::int AS n_${s}`)].join(', ');
const NAMES = `LEFT JOIN registry_units u ON u.id = c.unit_id LEFT JOIN registry_zones z ON z.id = c.zone_id`;
const GROUP_COLUMNS = 'c.unit_id, u.name AS unit_name, c.zone_id, z.name AS zone_name, c.category';
const ORDER_SUMS = `sum(c.n_orders)::int AS n_orders, sum(c.n_rechecked)::int AS n_rechecked, sum(c.n_passed)::int AS n_passed,
  sum(c.n_on_time)::int AS n_on_time, sum(c.sum_days_to_rectify)::float8 AS days, NULL::int AS pending_due`;

/**
 * GET /dashboard: counts by status, on-time rectification rate, recheck pass rate, days to rectify, breakdowns.
 * Summed from the counters the projection keeps (unit × category, unit × month, unit × month × category, orders by
 * unit × month ordered × month due): the work is bounded by units × categories × months, never by the issues.
 * Read from the rows only: a period's parts that cut a month in two, and today's orders awaiting a recheck whose
 * deadline has passed ("due" moves with the clock; earlier days of the month come from the day counters), or for a
 * dashboard over a period, this month's such orders placed in it.
 */
export class DashboardReader {
  constructor(private readonly pool: Pool) {}

  async dashboard(range: DashboardRange, scope: ReadScope, now: string) {
    const ranged = Boolean(range.from || range.to);
    const [groups, months, orderMonths, categories, lookBacks] = await Promise.all([
      ranged ? this.issueGroupsInPeriod(range, scope) : this.query<IssueGroup>(`SELECT ${GROUP_COLUMNS}, ${STATUS_SUMS.map((c) => `c.${c}`).join(', ')} FROM issue_aggregation_counts c ${NAMES} %W`, scope, 'c'),
      ranged ? this.issueMonthsInPeriod(range, scope) : this.query<IssueMonth>(`SELECT c.found_month AS month, sum(c.n_total)::int AS registered, sum(c.n_closed)::int AS closed, sum(c.n_overdue)::int AS overdue FROM issue_aggregation_monthly c %W GROUP BY c.found_month`, scope, 'c'),
      this.orderMonths(range, scope, now),
      this.pool.query(`SELECT code, name FROM registry_categories ORDER BY sort_order, code`).then((r) => r.rows as { code: string; name: string }[]),
      this.lookBacks(scope),
    ]);
    const total = sumOf(groups, 'n_total');
    const countsByStatus = Object.fromEntries(ISSUE_STATUSES.map((s) => [s, sumOf(groups, `n_${s}`)]));
    const orders = { due: 0, onTime: 0, passed: 0, rechecked: 0, days: 0 };
    const dueByMonth = new Map<string, { due: number; on_time: number }>();
    const current = monthOf(now);
    for (const row of orderMonths) {
      if (row.n_orders === 0 && !row.pending_due) continue;
      const pending = row.pending_due ?? (row.month < current ? row.n_orders - row.n_rechecked : 0);
      const due = row.n_rechecked + pending;
      orders.due += due;
      orders.onTime += row.n_on_time;
      orders.passed += row.n_passed;
      orders.rechecked += row.n_rechecked;
      orders.days += row.days;
      const month = dueByMonth.get(row.month) ?? { due: 0, on_time: 0 };
      month.due += due;
      month.on_time += row.n_on_time;
      dueByMonth.set(row.month, month);
    }
    return {
      asOf: now,
      range: { from: range.from ?? null, to: range.to ?? null },
      total,
      overdue: sumOf(groups, 'n_overdue'),
      countsByStatus,
      onTimeRectificationRate: ratio(orders.onTime, orders.due),
      ordersDue: orders.due,
      ordersRectifiedOnTime: orders.onTime,
      recheckPassRate: ratio(orders.passed, orders.rechecked),
      averageDaysToRectify: orders.passed === 0 ? null : Math.round((orders.days / orders.passed) * 10) / 10,
      byCategory: categories.map((c) => {
        const mine = groups.filter((g) => g.category === c.code);
        const all = sumOf(mine, 'n_total');
        return { category: c.code, name: c.name, total: all, open: all - sumOf(mine, 'n_closed') - sumOf(mine, 'n_withdrawn'), overdue: sumOf(mine, 'n_overdue'), closed: sumOf(mine, 'n_closed') };
      }),
      byUnit: breakdown(groups, (g) => g.unit_id, (g) => ({ unitId: g.unit_id, unitName: g.unit_name }))
        .sort((a, b) => b.total - a.total || compare(a.unitId, b.unitId))
        .slice(0, 200),
      byZone: breakdown(groups, (g) => g.zone_id ?? '\uffff', (g) => ({ zoneId: g.zone_id, zoneName: g.zone_name }))
        .sort((a, b) => compare(a.zoneId ?? '\uffff', b.zoneId ?? '\uffff')),
      byMonth: mergeMonths(months, dueByMonth),
      lookBacks,
    };
  }

  /**
   * 回头看 now (whatever the period): closed issues whose look-back is due and of them late, issues looked back at, and
   * the relapse rate among those — summed from the per-unit counters.
   */
  async lookBacks(scope: ReadScope): Promise<{ due: number; overdue: number; done: number; relapsed: number; relapseRate: number | null }> {
    const [row] = await this.query<{ due: number; overdue: number; done: number; relapsed: number }>(
      `SELECT coalesce(sum(c.n_due), 0)::int AS due, coalesce(sum(c.n_late), 0)::int AS overdue, coalesce(sum(c.n_done), 0)::int AS done,
              coalesce(sum(c.n_relapsed), 0)::int AS relapsed FROM issue_aggregation_look_backs c %W`,
      scope, 'c',
    );
    return { ...row, relapseRate: ratio(row.relapsed, row.done) };
  }

  /** Runs `sql` with the scope's conditions and `extra` in place of %W; `sql` may add parameters of its own first. */
  private async query<R>(sql: string | ((values: unknown[]) => string), scope: ReadScope, alias: string, extra: (values: unknown[]) => string[] = () => []): Promise<R[]> {
    const values: unknown[] = [];
    const text = typeof sql === 'string' ? sql : sql(values);
    const conditions = [...scopeConditions(scope, values, alias), ...extra(values)];
    const result = await this.pool.query(text.replace('%W', conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''), values);
    return result.rows as R[];
  }

  private async issueGroupsInPeriod(range: DashboardRange, scope: ReadScope): Promise<IssueGroup[]> {
    const { months, partial } = splitPeriod(range.from, range.to);
    const parts: Promise<IssueGroup[]>[] = [];
    if (months) {
      parts.push(this.query<IssueGroup>(
        `SELECT ${GROUP_COLUMNS}, ${sums('c')} FROM issue_aggregation_monthly_categories c ${NAMES} %W GROUP BY c.unit_id, u.name, c.zone_id, z.name, c.category`,
        scope, 'c', (values) => monthConditions('c.found_month', months, values),
      ));
    }
    for (const piece of partial) {
      parts.push(this.query<IssueGroup>(
        `SELECT ${GROUP_COLUMNS}, ${rowCounts('c')} FROM issue_aggregation_issues c ${NAMES} %W GROUP BY c.unit_id, u.name, c.zone_id, z.name, c.category`,
        scope, 'c', (values) => instantConditions('c.found_at', piece, values),
      ));
    }
    return (await Promise.all(parts)).flat();
  }

  private async issueMonthsInPeriod(range: DashboardRange, scope: ReadScope): Promise<IssueMonth[]> {
    const { months, partial } = splitPeriod(range.from, range.to);
    const select = (from: string) => `SELECT c.found_month AS month, %S FROM ${from} c %W GROUP BY c.found_month`;
    const parts: Promise<IssueMonth[]>[] = [];
    if (months) {
      parts.push(this.query<IssueMonth>(select('issue_aggregation_monthly_categories').replace('%S', 'sum(c.n_total)::int AS registered, sum(c.n_closed)::int AS closed, sum(c.n_overdue)::int AS overdue'),
        scope, 'c', (values) => monthConditions('c.found_month', months, values)));
    }
    for (const piece of partial) {
      parts.push(this.query<IssueMonth>(select('issue_aggregation_issues').replace('%S', `count(*)::int AS registered, (count(*) FILTER (WHERE c.status = 'closed'))::int AS closed, (count(*) FILTER (WHERE c.overdue))::int AS overdue`),
        scope, 'c', (values) => instantConditions('c.found_at', piece, values)));
    }
    return (await Promise.all(parts)).flat();
  }

  /** Orders by the month of their deadline, for the orders placed in the period (all of them without one). */
  private async orderMonths(range: DashboardRange, scope: ReadScope, now: string): Promise<OrderMonth[]> {
    const { months, partial } = range.from || range.to ? splitPeriod(range.from, range.to) : { months: { fromMonth: null, toMonth: null, fromInstant: null, toInstant: null }, partial: [] };
    const parts: Promise<OrderMonth[]>[] = [];
    if (months) {
      parts.push(this.query<OrderMonth>(`SELECT c.deadline_month AS month, ${ORDER_SUMS} FROM issue_aggregation_order_counts c %W GROUP BY c.deadline_month`,
        scope, 'c', (values) => monthConditions('c.ordered_month', months, values)));
      // This month's orders awaiting a recheck whose deadline has passed by now.
      const current = monthOf(now);
      const awaitingDue = (n: number) => [{ month: current, n_orders: 0, n_rechecked: 0, n_passed: 0, n_on_time: 0, days: 0, pending_due: n }];
      const today = shanghaiDate(now);
      const fromRows = (since: string, extra: (values: unknown[]) => string[] = () => []) =>
        this.query<{ n: number }>(`SELECT count(*)::int AS n FROM issue_aggregation_orders c %W`, scope, 'c', (values) => {
          values.push(since, now);
          return [`c.recheck_outcome IS NULL`, `c.deadline >= $${values.length - 1}`, `c.deadline <= $${values.length}`, ...extra(values)];
        }).then(([row]) => awaitingDue(row.n));
      if (months.fromMonth === null && months.toMonth === null) {
        // Every order: the days before today from the day counters, today's from the rows.
        parts.push(this.query<{ n: number }>(`SELECT coalesce(sum(c.n_awaiting), 0)::int AS n FROM issue_aggregation_awaiting_by_day c %W`, scope, 'c', (values) => {
          values.push(`${current}-01`, today);
          return [`c.deadline_day >= $${values.length - 1}`, `c.deadline_day < $${values.length}`];
        }).then(([row]) => awaitingDue(row.n)));
        parts.push(fromRows(startOfShanghaiDay(today)));
      } else {
        // Only the orders placed in the period's whole months: the rows say when each was placed.
        parts.push(fromRows(new Date(monthStart(current)).toISOString(), (values) => instantConditions('c.ordered_at', { from: months.fromInstant, to: months.toInstant }, values)));
      }
    }
    for (const piece of partial) {
      parts.push(this.query<OrderMonth>((values) => {
        values.push(now);
        return `SELECT to_char(c.deadline AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*)::int AS n_orders,
                (count(*) FILTER (WHERE c.recheck_outcome IS NOT NULL))::int AS n_rechecked, (count(*) FILTER (WHERE c.recheck_outcome = 'passed'))::int AS n_passed,
                (count(*) FILTER (WHERE c.recheck_outcome = 'passed' AND c.rechecked_at <= c.deadline))::int AS n_on_time,
                coalesce(sum(extract(epoch FROM c.rechecked_at - c.ordered_at) / 86400) FILTER (WHERE c.recheck_outcome = 'passed'), 0)::float8 AS days,
                (count(*) FILTER (WHERE c.recheck_outcome IS NULL AND c.deadline <= $${values.length}))::int AS pending_due
           FROM issue_aggregation_orders c %W GROUP BY 1`;
      }, scope, 'c', (values) => instantConditions('c.ordered_at', piece, values)));
    }
    return (await Promise.all(parts)).flat();
  }
}

function monthConditions(column: string, months: { fromMonth: string | null; toMonth: string | null }, values: unknown[]): string[] {
  const conditions: string[] = [];
  if (months.fromMonth) {
    values.push(months.fromMonth);
    conditions.push(`${column} >= $${values.length}`);
  }
  if (months.toMonth) {
    values.push(months.toMonth);
    conditions.push(`${column} < $${values.length}`);
  }
  return conditions;
}

function instantConditions(column: string, piece: { from: string | null; to: string | null }, values: unknown[]): string[] {
  const conditions: string[] = [];
  if (piece.from) {
    values.push(piece.from);
    conditions.push(`${column} >= $${values.length}`);
  }
  if (piece.to) {
    values.push(piece.to);
    conditions.push(`${column} < $${values.length}`);
  }
  return conditions;
}

function sumOf<T>(rows: T[], column: string): number {
  let total = 0;
  for (const row of rows) total += Number((row as Record<string, unknown>)[column] ?? 0);
  return total;
}

/** Totals per key (unit or zone) with its overdue and closed counts; groups without issues are left out. */
function breakdown<K extends object>(groups: IssueGroup[], key: (g: IssueGroup) => string, label: (g: IssueGroup) => K) {
  const totals = new Map<string, K & { total: number; overdue: number; closed: number }>();
  for (const g of groups) {
    const id = key(g);
    const entry = totals.get(id) ?? { ...label(g), total: 0, overdue: 0, closed: 0 };
    entry.total += Number(g.n_total);
    entry.overdue += Number(g.n_overdue);
    entry.closed += Number(g.n_closed ?? 0);
    totals.set(id, entry);
  }
  return [...totals.values()].filter((entry) => entry.total > 0);
}

/** Code-unit order, as the database's C collation orders ids. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mergeMonths(issues: IssueMonth[], orders: Map<string, { due: number; on_time: number }>) {
  const months = new Map<string, { month: string; registered: number; closed: number; overdue: number; ordersDue: number; ordersOnTime: number; onTimeRate: number | null }>();
  const row = (month: string) => {
    if (!months.has(month)) months.set(month, { month, registered: 0, closed: 0, overdue: 0, ordersDue: 0, ordersOnTime: 0, onTimeRate: null });
    return months.get(month)!;
  };
  for (const m of issues) {
    const entry = row(m.month);
    entry.registered += m.registered;
    entry.closed += m.closed;
    entry.overdue += m.overdue;
  }
  for (const [month, o] of orders) {
    const entry = row(month);
    entry.ordersDue += o.due;
    entry.ordersOnTime += o.on_time;
    entry.onTimeRate = ratio(entry.ordersOnTime, entry.ordersDue);
  }
  return [...months.values()].filter((m) => m.registered > 0 || orders.has(m.month)).sort((a, b) => compare(a.month, b.month));
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 1000;
}
