import { DeadlineRule, latestAllowedDeadline } from '../calendar/deadline';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { instantMillis } from '../shared/instant';
import type { ActiveIssueState, IssueState } from './issue.state';

export function assertIssueExists(state: IssueState): asserts state is ActiveIssueState {
  if (state.status === 'initial') throw new DomainError('NOT_FOUND', 'no such issue');
}

/** Closed and withdrawn issues accept no further steps of the loop. */
export function assertIssueNotEnded(state: ActiveIssueState): void {
  if (state.status === 'closed') throw new DomainError('ISSUE_CLOSED', `issue ${state.issueId} was closed at ${state.closedAt}`);
  if (state.status === 'withdrawn') throw new DomainError('ISSUE_WITHDRAWN', `issue ${state.issueId} was withdrawn at ${state.withdrawnAt}`);
}

export function assertLiveIssue(state: IssueState): asserts state is ActiveIssueState {
  assertIssueExists(state);
  assertIssueNotEnded(state);
}

export function invalidTransition(state: ActiveIssueState, action: string): DomainError {
  return new DomainError('INVALID_TRANSITION', `cannot ${action} an issue that is ${state.status}`);
}

/**
 * A deadline set now must lie after `now` and no further than policy allows. A calendarDays rule is held to its
 * count, since moving its last day off a holiday must not turn an allowed count into a refusal.
 */
export function assertDeadlineAcceptable(deadline: string, context: DecisionContext, field = 'deadline', rule?: DeadlineRule): void {
  if (!(instantMillis(deadline) > instantMillis(context.now))) {
    throw new DomainError('DEADLINE_NOT_IN_FUTURE', `deadline ${deadline} is not after ${context.now}`, [
      { field, message: 'must be in the future' },
    ]);
  }
  const max = context.policy.maxDeadlineCalendarDays;
  const latest = latestAllowedDeadline(context.now, max);
  const tooFar = rule?.kind === 'calendarDays' ? rule.days > max : instantMillis(deadline) > instantMillis(latest);
  if (tooFar) {
    throw new DomainError(
      'DEADLINE_TOO_FAR',
      `deadline ${deadline} is more than ${context.policy.maxDeadlineCalendarDays} calendar days away (latest ${latest})`,
      [{ field, message: `must be at most ${context.policy.maxDeadlineCalendarDays} calendar days away` }],
    );
  }
}

/** 复查/回头看 by someone independent: not of the unit under recheck, and without a declared conflict with it. */
export function assertIndependentRechecker(state: ActiveIssueState, context: DecisionContext): void {
  if (context.actor.unitId !== undefined && context.actor.unitId === state.unitId) {
    throw new DomainError('RECHECKER_NOT_INDEPENDENT', `${context.actor.id} belongs to unit ${state.unitId}, the unit under recheck`);
  }
  if ((context.conflictedUnitIds ?? []).includes(state.unitId)) {
    throw new DomainError('RECHECKER_NOT_INDEPENDENT', `${context.actor.id} has declared a conflict of interest with unit ${state.unitId}`);
  }
}
