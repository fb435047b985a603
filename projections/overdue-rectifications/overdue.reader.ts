import type { Pool } from 'pg';
import { shanghaiDate, workingDaysBetween, type WorkdayCalendar } from '@app/domain';
import { equalsCondition, scopeConditions, type ReadScope } from '../shared/read-scope';

export interface OverdueFilter {
  regionId?: string;
  zoneId?: string;
  unitId?: string;
  severity?: string;
  page: number;
  pageSize: number;
}

export interface OverdueItem {
  issueId: string; unitId: string; unitName: string | null; title: string; severity: string; orderNo: number | null;
  deadline: string; daysOverdue: number; workingDaysOverdue: number | null; reminderLevel: string | null;
  accountability: 'decided' | 'required' | 'none';
  /** the deadline in force was recomputed when its year was published: from when, and why */
  deadlineRecomputed: { previousDeadline: string; reason: string; year: number; docNo: string | null } | null;
}

/** The calendar the counts use (the process's CalendarService, fresh from the calendar-cn stream). */
export interface CalendarProvider {
  current(): Promise<WorkdayCalendar>;
}

const DAY_MS = 86_400_000;

/** GET /overdue: most overdue first (earliest deadline), index-backed; the total comes from the per-unit counts. */
export class OverdueReader {
  constructor(private readonly pool: Pool, private readonly calendars: CalendarProvider) {}

  async list(filter: OverdueFilter, scope: ReadScope, now: string): Promise<{ items: OverdueItem[]; total: number }> {
    const values: unknown[] = [];
    const where = scopeConditions(scope, values);
    equalsCondition(where, values, 'region_id', filter.regionId);
    equalsCondition(where, values, 'zone_id', filter.zoneId);
    equalsCondition(where, values, 'unit_id', filter.unitId);
    equalsCondition(where, values, 'severity', filter.severity);
    const clause = where.length ? ` AND ${where.join(' AND ')}` : '';
    const [rows, total] = await Promise.all([
      this.pool.query(
        `SELECT issue_id, unit_id, unit_name, title, severity, order_no, deadline, reminder_level, accountability_required, accountability_decided,
                state->'currentOrder'->'lastRecomputation' AS recomputation
           FROM overdue_rectifications WHERE overdue${clause}
          ORDER BY deadline, issue_id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, filter.pageSize, (filter.page - 1) * filter.pageSize],
      ),
      this.pool.query(`SELECT coalesce(sum(n), 0)::int AS n FROM overdue_rectification_counts WHERE true${clause}`, values),
    ]);
    const calendar = await this.calendars.current();
    return { items: rows.rows.map((row) => this.toItem(row, now, calendar)), total: (total.rows[0] as { n: number }).n };
  }

  private toItem(row: Record<string, any>, now: string, calendar: WorkdayCalendar): OverdueItem { // eslint-disable-line @typescript-eslint/no-explicit-any
    const deadline = new Date(row.deadline).toISOString();
    const days = Math.round((Date.parse(`${shanghaiDate(now)}T00:00:00Z`) - Date.parse(`${shanghaiDate(deadline)}T00:00:00Z`)) / DAY_MS);
    let workingDays: number | null;
    try {
      workingDays = workingDaysBetween(deadline, now, calendar); // prefix counts: O(1) per row
    } catch {
      workingDays = null; // a year neither published nor computable (before 2024): shown as unknown, never guessed
    }
    const recomputed = row.recomputation as { previousDeadline: string; reason: string; year: number; source?: { docNo?: string } } | null;
    return {
      issueId: row.issue_id, unitId: row.unit_id, unitName: row.unit_name, title: row.title, severity: row.severity, orderNo: row.order_no,
      deadline, daysOverdue: Math.max(days, 0), workingDaysOverdue: workingDays, reminderLevel: row.reminder_level,
      accountability: row.accountability_decided ? 'decided' : row.accountability_required ? 'required' : 'none',
      deadlineRecomputed: recomputed
        ? { previousDeadline: recomputed.previousDeadline, reason: recomputed.reason, year: recomputed.year, docNo: recomputed.source?.docNo ?? null }
        : null,
    };
  }
}
