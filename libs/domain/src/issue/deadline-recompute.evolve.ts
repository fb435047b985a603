import type { DeadlineRecomputed } from './issue.events';
import type { ActiveIssueState } from './issue.state';

/** The recomputed deadline is in force; as after an extension, the due-soon reminder may fire again for it. */
export function evolveDeadlineRecomputed(state: ActiveIssueState, event: DeadlineRecomputed): ActiveIssueState {
  const order = state.currentOrder;
  const open = state.status === 'rectifying' || state.status === 'awaiting_recheck';
  if (!open || !order || order.orderNo !== event.data.orderNo) return state;
  const { previousDeadline, deadline, deadlineRule, calendarVersion, reason, year, source, recomputedAt } = event.data;
  const lastRecomputation = { previousDeadline, deadline, calendarVersion, reason, year, ...(source ? { source } : {}), recomputedAt };
  return {
    ...state,
    deadline,
    currentOrder: { ...order, deadline, deadlineRule, computedDeadline: deadline, dueSoonMarked: false, lastRecomputation },
  } as ActiveIssueState;
}
