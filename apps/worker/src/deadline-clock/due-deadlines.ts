import type { Pool } from 'pg';
import { workingDaysAfter, workingDaysBefore, type WorkdayCalendar } from '@app/domain';

export interface DueDeadline {
  issueId: string;
  orderNo: number;
  deadline: string;
  kind: 'due_soon' | 'overdue' | 'urge' | 'supervise' | 'interview_due' | 'ladder_proposal';
}

/** An item the clock could not judge (its calendar maths threw): kept, retried next scan, raised as an alert. */
export interface FailedDeadline {
  item: DueDeadline;
  error: unknown;
}

export interface LadderPolicy {
  dueSoonWorkingDays: number;
  superviseAfterWorkingDays: number;
  interviewAfterWorkingDays: number;
}

const LIMIT = 500;

/**
 * Reads the deadlines the clock must act on now from the overdue-rectifications read model (index-backed, bounded
 * with calendar slack), then checks each against the working-day calendar. The deciders still have the last word.
 */
export async function findDueDeadlines(pool: Pool, now: string, policy: LadderPolicy, calendar: WorkdayCalendar): Promise<{ due: DueDeadline[]; failed: FailedDeadline[] }> {
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
       ORDER BY deadline LIMIT ${LIMIT})
     UNION ALL
     (SELECT issue_id, order_no, supervised_at, 'interview_due' FROM overdue_rectifications
       WHERE supervised_at IS NOT NULL AND NOT interview_due_marked AND status = 'rectifying'
         AND supervised_at <= $1::timestamptz - $3::interval ORDER BY supervised_at LIMIT ${LIMIT})
     UNION ALL
     (SELECT issue_id, order_no, interview_deadline, 'ladder_proposal' FROM overdue_rectifications
       WHERE interview_deadline IS NOT NULL AND interview_deadline < $1 ORDER BY interview_deadline LIMIT ${LIMIT})`,
    [now, dueSoonSlack, `${policy.interviewAfterWorkingDays} days`],
  );
  const due: DueDeadline[] = [];
  const failed: FailedDeadline[] = [];
  for (const row of rows.rows as { issue_id: string; order_no: number; deadline: Date; kind: DueDeadline['kind'] }[]) {
    const item = { issueId: row.issue_id, orderNo: row.order_no, deadline: new Date(row.deadline).toISOString(), kind: row.kind };
    try {
      if (isDue(item.kind, item.deadline, now, policy, calendar)) due.push(item);
    } catch (error) {
      failed.push({ item, error }); // never silently "not due": the clock logs it, retries it and raises an alert
    }
  }
  return { due, failed };
}

function isDue(kind: DueDeadline['kind'], deadline: string, now: string, policy: LadderPolicy, calendar: WorkdayCalendar): boolean {
  if (kind === 'due_soon') return Date.parse(now) >= Date.parse(workingDaysBefore(deadline, policy.dueSoonWorkingDays, calendar));
  if (kind === 'supervise') return Date.parse(now) > Date.parse(workingDaysAfter(deadline, policy.superviseAfterWorkingDays, calendar));
  // for interview_due `deadline` is the first 督办: 约谈 falls due interviewAfterWorkingDays working days later
  if (kind === 'interview_due') return Date.parse(now) > Date.parse(workingDaysAfter(deadline, policy.interviewAfterWorkingDays, calendar));
  return true;
}
