import { computeDeadline } from '../calendar/deadline';
import { parseCalendarVersion } from '../calendar/calendar-version';
import type { DecisionContext } from '../shared/decision-context';
import { instantMillis } from '../shared/instant';
import type { RecomputeDeadline } from './issue.commands';
import type { DeadlineRecomputeReason, IssueEvent } from './issue.events';
import { hasOpenOrder, type IssueState, type RectificationOrderState } from './issue.state';
import { assertIssueExists } from './issue.guards';

/**
 * 期限重算 when a year is published: the open order's day-count deadline computed again on the calendar now in force.
 * It moves only later (信赖保护: never earlier than the deadline the unit was given), only while it is still running,
 * and never when the deadline in force was set otherwise (an explicit rule, a granted extension). Like the clock's
 * commands it is idempotent and a no-op when nothing applies, so the process manager may send it freely.
 */
export function decideRecomputeDeadline(command: RecomputeDeadline, state: IssueState, context: DecisionContext): IssueEvent[] {
  assertIssueExists(state);
  if (!hasOpenOrder(state) || state.currentOrder.orderNo !== command.orderNo) return [];
  const order = state.currentOrder;
  const rule = order.deadlineRule;
  if (!deadlineInForceWasComputed(order) || rule.kind === 'explicit' || !rule.days) return [];
  if (instantMillis(context.now) > instantMillis(order.deadline)) return []; // passed: what happened stands
  const recomputed = computeDeadline(order.orderedAt, { kind: rule.kind, days: rule.days }, context.calendar);
  const calendarVersion = recomputed.deadlineRule.calendarVersion;
  if (calendarVersion === rule.calendarVersion) return [];
  if (instantMillis(recomputed.deadline) <= instantMillis(order.deadline)) return [];
  const source = publishedSource(command.year, context);
  return [
    {
      type: 'DeadlineRecomputed',
      data: {
        orderNo: order.orderNo, previousDeadline: order.deadline, deadline: recomputed.deadline, deadlineRule: recomputed.deadlineRule,
        calendarVersion, reason: reasonFor(rule.calendarVersion, command.year), year: command.year, ...(source ? { source } : {}),
        recomputedAt: context.now,
      },
    },
  ];
}

/** The deadline in force is the one the order's rule computed (no extension or other decision replaced it). */
export function deadlineInForceWasComputed(order: RectificationOrderState): boolean {
  return order.computedDeadline === undefined || order.computedDeadline === order.deadline;
}

function reasonFor(recordedVersion: string, year: number): DeadlineRecomputeReason {
  const recorded = parseCalendarVersion(recordedVersion)?.find((y) => y.year === year);
  return recorded && !recorded.provisional ? 'official_calendar_corrected' : 'official_calendar_published';
}

function publishedSource(year: number, context: DecisionContext) {
  try {
    return context.calendar.year(year).source;
  } catch {
    return undefined;
  }
}
