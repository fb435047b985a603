import { workingDaysBefore } from '../calendar/working-days';
import type { DecisionContext } from '../shared/decision-context';
import { instantMillis } from '../shared/instant';
import type { IssueReminder, MarkDueSoon, MarkOverdue } from './issue.commands';
import type { IssueEvent } from './issue.events';
import { reminderRank } from './issue.evolve';
import type { IssueState, RectifyingIssue } from './issue.state';
import { assertIssueExists } from './issue.guards';

/*
 * The deadline clock may send the same command many times (restarts, several scans): every command here is
 * idempotent, and a no-op once the order is reported, ended or superseded — never a refusal to retry.
 */

export function decideMarkDueSoon(command: MarkDueSoon, state: IssueState, context: DecisionContext): IssueEvent[] {
  const issue = rectifyingOrder(state, command.orderNo);
  if (!issue || issue.currentOrder.dueSoonMarked) return [];
  const { deadline } = issue.currentOrder;
  const now = instantMillis(context.now);
  const dueSoonFrom = workingDaysBefore(deadline, context.policy.dueSoonWorkingDays, context.calendar);
  if (now < instantMillis(dueSoonFrom) || now > instantMillis(deadline)) return [];
  return [{ type: 'RectificationDueSoon', data: { orderNo: command.orderNo, deadline, detectedAt: context.now } }];
}

/**
 * 不整改必问责 decided from the command's own clock: the open order's deadline has passed, the unit has not
 * reported and no RectificationOverdue was recorded yet → that event, which decideIssue puts before whatever
 * any command on the issue decides. The deadline clock (MarkOverdue) only makes it happen earlier.
 */
export function overdueDetected(state: IssueState, context: DecisionContext): IssueEvent[] {
  if (state.status !== 'rectifying' || state.currentOrder.overdueMarked || state.currentOrder.reported) return [];
  const { orderNo, deadline } = state.currentOrder;
  if (!(instantMillis(context.now) > instantMillis(deadline))) return [];
  return [{ type: 'RectificationOverdue', data: { orderNo, deadline, detectedAt: context.now } }];
}

export function decideMarkOverdue(command: MarkOverdue, state: IssueState, context: DecisionContext): IssueEvent[] {
  return rectifyingOrder(state, command.orderNo) ? overdueDetected(state, context) : [];
}

export function decideIssueReminder(command: IssueReminder, state: IssueState, context: DecisionContext): IssueEvent[] {
  const issue = rectifyingOrder(state, command.orderNo);
  if (!issue || reminderRank(issue.currentOrder.reminderLevel) >= reminderRank(command.level)) return [];
  // The ladder is never skipped (escalation-ladder.model.spec.ts): 催办 only once overdue, 督办 only after a 催办.
  if (!issue.currentOrder.overdueMarked || reminderRank(issue.currentOrder.reminderLevel) < reminderRank(command.level) - 1) return [];
  const note = command.note === undefined ? {} : { note: command.note };
  return [
    {
      type: 'ReminderIssued',
      data: { orderNo: command.orderNo, level: command.level, ...note, issuedAt: context.now, issuedBy: context.actor.id },
    },
  ];
}

/** The issue if `orderNo` is the order the unit is still working on, else null. */
function rectifyingOrder(state: IssueState, orderNo: number): RectifyingIssue | null {
  assertIssueExists(state);
  return state.status === 'rectifying' && state.currentOrder.orderNo === orderNo ? state : null;
}
