import type { Pool } from 'pg';
import { addCalendarDays, shanghaiDate, startOfShanghaiDay, workingDaysBetween, type WorkdayCalendar } from '@app/domain';
import { equalsCondition, scopeConditions, type ReadScope } from '../shared/read-scope';

export interface OverdueFilter {
  regionId?: string;
  zoneId?: string;
  unitId?: string;
  severity?: string;
  /** at least this many calendar days past the deadline (Shanghai dates) */
  minDaysOverdue?: number;
  /** 'none', 'urge' or 'supervise' */
  reminderLevel?: string;
  /** 'decided' or 'undecided' */
  accountability?: string;
  page: number;
  pageSize: number;
}

export interface OverdueItem {
  issueId: string; number: string | null; unitId: string; unitName: string | null; title: string; severity: string; orderNo: number | null;
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
    // Filters the per-unit counts do not carry: the total is then counted over the (partially indexed) rows.
    const rowOnly: string[] = [];
    const rowValues = [...values];
    if (filter.minDaysOverdue !== undefined && filter.minDaysOverdue > 0) {
      rowValues.push(startOfShanghaiDay(addCalendarDays(shanghaiDate(now), 1 - filter.minDaysOverdue)));
      rowOnly.push(`deadline < $${rowValues.length}`);
    }
    if (filter.reminderLevel === 'none') rowOnly.push('reminder_level IS NULL');
    else if (filter.reminderLevel) rowOnly.push(`reminder_level = $${rowValues.push(filter.reminderLevel)}`);
    if (filter.accountability === 'decided') rowOnly.push('accountability_decided');
    if (filter.accountability === 'undecided') rowOnly.push('NOT accountability_decided');
    if (rowOnly.length) return this.listFiltered(filter, `${clause} AND ${rowOnly.join(' AND ')}`, rowValues, now);
    const [rows, total] = await Promise.all([
      this.pool.query(
        `SELECT issue_id, state->>'number' AS number, unit_id, unit_name, title, severity, order_no, deadline, reminder_level, accountability_required, accountability_decided,
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

  private async listFiltered(filter: OverdueFilter, clause: string, values: unknown[], now: string): Promise<{ items: OverdueItem[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.pool.query(
        `SELECT issue_id, state->>'number' AS number, unit_id, unit_name, title, severity, order_no, deadline, reminder_level, accountability_required, accountability_decided,
                state->'currentOrder'->'lastRecomputation' AS recomputation
           FROM overdue_rectifications WHERE overdue${clause}
          ORDER BY deadline, issue_id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, filter.pageSize, (filter.page - 1) * filter.pageSize],
      ),
      this.pool.query(`SELECT count(*)::int AS n FROM overdue_rectifications WHERE overdue${clause}`, values),
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
      issueId: row.issue_id, number: row.number ?? null, unitId: row.unit_id, unitName: row.unit_name, title: row.title, severity: row.severity, orderNo: row.order_no,
      deadline, daysOverdue: Math.max(days, 0), workingDaysOverdue: workingDays, reminderLevel: row.reminder_level,
      accountability: row.accountability_decided ? 'decided' : row.accountability_required ? 'required' : 'none',
      deadlineRecomputed: recomputed
        ? { previousDeadline: recomputed.previousDeadline, reason: recomputed.reason, year: recomputed.year, docNo: recomputed.source?.docNo ?? null }
        : null,
    };
  }
}
