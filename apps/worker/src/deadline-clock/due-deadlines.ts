import type { Pool } from 'pg';
import { workingDaysAfter, workingDaysBefore, type WorkdayCalendar } from '@app/domain';

export interface DueDeadline {
  issueId: string;
  orderNo: number;
  deadline: string;
  kind: 'due_soon' | 'overdue' | 'urge' | 'supervise';
}

export interface LadderPolicy {
  dueSoonWorkingDays: number;
  superviseAfterWorkingDays: number;
}

const LIMIT = 500;

/**
 * Reads the deadlines the clock must act on now from the overdue-rectifications read model (index-backed, bounded
 * with calendar slack), then checks each against the working-day calendar. The deciders still have the last word.
 */
export async function findDueDeadlines(pool: Pool, now: string, policy: LadderPolicy, calendar: WorkdayCalendar): Promise<DueDeadline[]> {
  // n working days are never more than 2n + 16 calendar days (the longest holiday runs are ~9 days).
  const dueSoonSlack = `${policy.dueSoonWorkingDays * 2 + 16} days`;
  const rows = await pool.query(
    `(SELECT issue_id, order_no, deadline, 'overdue' AS kind FROM overdue_rectifications
       WHERE status = 'rectifying' AND NOT overdue AND deadline < $1 ORDER BY deadline LIMIT ${LIMIT})
     UNION ALL
     (SELECT issue_id, order_no, deadline, 'due_soon' FROM overdue_rectifications
       WHERE status = 'rectifying' AND NOT overdue AND NOT due_soon_marked AND deadline >= $1 AND deadline <= $1::timestamptz + $2::interval
       ORDER BY deadline LIMIT ${LIMIT})
     UNION ALL
     (SELECT issue_id, order_no, deadline, CASE WHEN reminder_level IS NULL THEN 'urge' ELSE 'supervise' END FROM overdue_rectifications
       WHERE overdue AND reminder_level IS DISTINCT FROM 'supervise' AND (reminder_level IS NULL OR deadline <= $1::timestamptz - interval '1 day')
       ORDER BY deadline LIMIT ${LIMIT})`,
    [now, dueSoonSlack],
  );
  const due: DueDeadline[] = [];
  for (const row of rows.rows as { issue_id: string; order_no: number; deadline: Date; kind: DueDeadline['kind'] }[]) {
    const deadline = new Date(row.deadline).toISOString();
    if (isDue(row.kind, deadline, now, policy, calendar)) due.push({ issueId: row.issue_id, orderNo: row.order_no, deadline, kind: row.kind });
  }
  return due;
}

function isDue(kind: DueDeadline['kind'], deadline: string, now: string, policy: LadderPolicy, calendar: WorkdayCalendar): boolean {
  try {
    if (kind === 'due_soon') return Date.parse(now) >= Date.parse(workingDaysBefore(deadline, policy.dueSoonWorkingDays, calendar));
    if (kind === 'supervise') return Date.parse(now) > Date.parse(workingDaysAfter(deadline, policy.superviseAfterWorkingDays, calendar));
    return true;
  } catch {
    return false; // a date outside the published calendar: wait until the calendar is extended
  }
}
