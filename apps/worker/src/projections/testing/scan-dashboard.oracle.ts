import type { Pool } from 'pg';
import { scopeConditions, type ReadScope } from '@app/projections';

import type { DashboardRange } from '@app/projections/issue-aggregation/dashboard.reader';

/**
 * The test oracle: GET /dashboard as it was computed before the counters (count(*) over every issue and order row).
 * The maintained counters must answer exactly the same for any history, period, scope and clock.
 */
export class ScanDashboardOracle {
  constructor(private readonly pool: Pool) {}

  async dashboard(range: DashboardRange, scope: ReadScope, now: string) {
    const issues = this.where(scope, range, 'i.found_at', 'i');
    const orders = this.where(scope, range, 'o.ordered_at', 'o');
    const q = async (sql: string, where: { clause: string; values: unknown[] }, extra: unknown[] = []) =>
      (await this.pool.query(sql.replace('%W', where.clause), [...where.values, ...extra])).rows;
    const everyPeriod = this.where(scope, {}, 'i.found_at', 'i');
    const [status, rates, byCategory, byUnit, byZone, issuesByMonth, ordersByMonth, lookBacks] = await Promise.all([
      q(`SELECT status, count(*)::int AS n, count(*) FILTER (WHERE overdue)::int AS overdue FROM issue_aggregation_issues i %W GROUP BY status`, issues),
      q(`SELECT count(*) FILTER (WHERE o.deadline <= $${orders.values.length + 1} OR o.recheck_outcome IS NOT NULL)::int AS due,
                count(*) FILTER (WHERE o.recheck_outcome = 'passed' AND o.rechecked_at <= o.deadline)::int AS on_time,
                count(*) FILTER (WHERE o.recheck_outcome = 'passed')::int AS passed,
                count(*) FILTER (WHERE o.recheck_outcome IS NOT NULL)::int AS rechecked,
                avg(extract(epoch FROM o.rechecked_at - o.ordered_at) / 86400) FILTER (WHERE o.recheck_outcome = 'passed') AS avg_days
           FROM issue_aggregation_orders o %W`, orders, [now]),
      q(`SELECT c.code AS category, c.name, count(i.issue_id)::int AS total,
                count(i.issue_id) FILTER (WHERE i.status NOT IN ('closed', 'withdrawn'))::int AS open,
                count(i.issue_id) FILTER (WHERE i.overdue)::int AS overdue, count(i.issue_id) FILTER (WHERE i.status = 'closed')::int AS closed
           FROM registry_categories c LEFT JOIN (SELECT * FROM issue_aggregation_issues i %W) i ON i.category = c.code
          GROUP BY c.code, c.name, c.sort_order ORDER BY c.sort_order`, issues),
      q(`SELECT i.unit_id AS "unitId", u.name AS "unitName", count(*)::int AS total, count(*) FILTER (WHERE i.overdue)::int AS overdue,
                count(*) FILTER (WHERE i.status = 'closed')::int AS closed
           FROM issue_aggregation_issues i LEFT JOIN registry_units u ON u.id = i.unit_id %W
          GROUP BY i.unit_id, u.name ORDER BY total DESC, i.unit_id LIMIT 200`, issues),
      q(`SELECT i.zone_id AS "zoneId", z.name AS "zoneName", count(*)::int AS total, count(*) FILTER (WHERE i.overdue)::int AS overdue,
                count(*) FILTER (WHERE i.status = 'closed')::int AS closed
           FROM issue_aggregation_issues i LEFT JOIN registry_zones z ON z.id = i.zone_id %W
          GROUP BY i.zone_id, z.name ORDER BY i.zone_id`, issues),
      q(`SELECT found_month AS month, count(*)::int AS registered, count(*) FILTER (WHERE i.status = 'closed')::int AS closed,
                count(*) FILTER (WHERE i.overdue)::int AS overdue
           FROM issue_aggregation_issues i %W GROUP BY found_month ORDER BY found_month`, issues),
      // On time by the month the deadline fell in (Asia/Shanghai): the rate a leader compares month to month.
      q(`SELECT to_char(o.deadline AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
                count(*) FILTER (WHERE o.deadline <= $${orders.values.length + 1} OR o.recheck_outcome IS NOT NULL)::int AS due,
                count(*) FILTER (WHERE o.recheck_outcome = 'passed' AND o.rechecked_at <= o.deadline)::int AS on_time
           FROM issue_aggregation_orders o %W GROUP BY 1 ORDER BY 1`, orders, [now]),
      // 回头看 now, whatever the period.
      q(`SELECT count(*) FILTER (WHERE i.status = 'closed' AND jsonb_typeof(i.state->'pendingLookBack') = 'object')::int AS due,
                count(*) FILTER (WHERE i.status = 'closed' AND (i.state->'pendingLookBack'->>'overdueMarked')::boolean)::int AS overdue,
                count(*) FILTER (WHERE jsonb_typeof(i.state->'lastLookBack') = 'object')::int AS done,
                count(*) FILTER (WHERE i.state->'lastLookBack'->>'outcome' = 'relapsed')::int AS relapsed
           FROM issue_aggregation_issues i %W`, everyPeriod),
    ]);
    const look = lookBacks[0] as { due: number; overdue: number; done: number; relapsed: number };
    const byMonth = mergeMonths(issuesByMonth as MonthIssues[], ordersByMonth as MonthOrders[]);
    const r = rates[0] as { due: number; on_time: number; passed: number; rechecked: number; avg_days: string | null };
    const countsByStatus = Object.fromEntries(['open', 'rectifying', 'awaiting_recheck', 'rectified', 'closed', 'withdrawn'].map((s) => [s, 0]));
    for (const row of status as { status: string; n: number }[]) countsByStatus[row.status] = row.n;
    return {
      asOf: now,
      range: { from: range.from ?? null, to: range.to ?? null },
      total: (status as { n: number }[]).reduce((sum, row) => sum + row.n, 0),
      overdue: (status as { overdue: number }[]).reduce((sum, row) => sum + row.overdue, 0),
      countsByStatus,
      onTimeRectificationRate: ratio(r.on_time, r.due),
      ordersDue: r.due,
      ordersRectifiedOnTime: r.on_time,
      recheckPassRate: ratio(r.passed, r.rechecked),
      averageDaysToRectify: r.avg_days === null ? null : Math.round(Number(r.avg_days) * 10) / 10,
      byCategory, byUnit, byZone, byMonth,
      lookBacks: { ...look, relapseRate: ratio(look.relapsed, look.done) },
    };
  }

  private where(scope: ReadScope, range: DashboardRange, column: string, alias: string): { clause: string; values: unknown[] } {
    const values: unknown[] = [];
    const conditions = scopeConditions(scope, values, alias);
    if (range.from) {
      values.push(range.from);
      conditions.push(`${column} >= $${values.length}`);
    }
    if (range.to) {
      values.push(range.to);
      conditions.push(`${column} < $${values.length}`);
    }
    return { clause: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', values };
  }
}

interface MonthIssues { month: string; registered: number; closed: number; overdue: number }
interface MonthOrders { month: string; due: number; on_time: number }

function mergeMonths(issues: MonthIssues[], orders: MonthOrders[]) {
  const months = new Map<string, MonthIssues & { ordersDue: number; ordersOnTime: number; onTimeRate: number | null }>();
  const row = (month: string) => {
    if (!months.has(month)) months.set(month, { month, registered: 0, closed: 0, overdue: 0, ordersDue: 0, ordersOnTime: 0, onTimeRate: null });
    return months.get(month)!;
  };
  for (const m of issues) Object.assign(row(m.month), m);
  for (const o of orders) Object.assign(row(o.month), { ordersDue: o.due, ordersOnTime: o.on_time, onTimeRate: ratio(o.on_time, o.due) });
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 1000;
}
