import { workingDaysAfter } from '../calendar/working-days';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError, type FieldError } from '../shared/domain-error';
import { instantMillis } from '../shared/instant';
import type { AdvanceLadder, HoldInterview, RemindIssue } from './issue.commands';
import type { IssueEvent } from './issue.events';
import { evolveIssue } from './issue.evolve';
import { assertDeadlineAcceptable, assertLiveIssue } from './issue.guards';
import type { IssueState, RectifyingIssue } from './issue.state';

/*
 * The escalation ladder past 督办 (DESIGN §3.8): overdue → 催办 → 督办 → (5 working days) 约谈 due → 约谈 held with a
 * new deadline → still unreported after it: proposed for a criticism bulletin and an accountability case.
 * Like the overdue, each rung past 督办 is decided from the command's own clock (ladderDetected runs first thing
 * for every command); the ladder clock (AdvanceLadder) only makes it happen earlier. No rung can be skipped:
 * 约谈 due needs a recorded 督办 (or a major issue by policy), the interview needs 约谈 due, the proposal the interview.
 */

/** The rungs due now on the open order, in ladder order (each decided on the state that includes the one before). */
export function ladderDetected(state: IssueState, context: DecisionContext): IssueEvent[] {
  const events: IssueEvent[] = [];
  let current = state;
  for (;;) {
    const next = nextRung(current, context);
    if (!next) return events;
    events.push(next);
    current = evolveIssue(current, next);
  }
}

function nextRung(state: IssueState, context: DecisionContext): IssueEvent | null {
  if (state.status !== 'rectifying' || state.currentOrder.reported || !state.currentOrder.overdueMarked) return null;
  const order = state.currentOrder;
  const now = instantMillis(context.now);
  const by = context.actor.id;
  if (!order.interviewDueAt) {
    if (context.policy.majorIssueStartsAtInterview && state.severity === 'major') {
      return { type: 'InterviewDue', data: { orderNo: order.orderNo, basis: 'major_issue', dueAt: context.now, detectedAt: context.now, detectedBy: by } };
    }
    if (!order.supervisedAt) return null;
    const dueAt = workingDaysAfter(order.supervisedAt, context.policy.interviewAfterWorkingDays, context.calendar);
    if (!(now > instantMillis(dueAt))) return null;
    return { type: 'InterviewDue', data: { orderNo: order.orderNo, basis: 'after_supervise', dueAt, detectedAt: context.now, detectedBy: by } };
  }
  if (!order.interview || order.proposedAt || !(now > instantMillis(order.interview.deadline))) return null;
  return {
    type: 'AccountabilityProposed',
    data: {
      orderNo: order.orderNo, proposals: ['criticism_bulletin', 'accountability_case'], basis: 'unrectified_after_interview',
      interviewDeadline: order.interview.deadline, proposedAt: context.now, proposedBy: by,
    },
  };
}

/** The ladder clock's command: the rungs themselves come from ladderDetected, so on its own it decides nothing. */
export function decideAdvanceLadder(_command: AdvanceLadder, state: IssueState): IssueEvent[] {
  assertLiveIssue(state);
  return [];
}

/** Manual 催办/督办: an overdue order the unit has not reported on; 督办 only after a 催办 (the ladder is not skipped). */
export function decideRemindIssue(command: RemindIssue, state: IssueState, context: DecisionContext): IssueEvent[] {
  const issue = overdueOrder(state, 'send a reminder for');
  if (command.level !== 'urge' && command.level !== 'supervise') {
    throw new DomainError('INVALID_TRANSITION', `unknown reminder level '${String(command.level)}'`, [{ field: 'level', message: 'urge or supervise' }]);
  }
  if (command.level === 'supervise' && issue.currentOrder.reminderLevel === null) {
    throw new DomainError('LADDER_STEP_SKIPPED', '督办 needs a 催办 first', [{ field: 'level', message: 'urge (催办) comes before supervise (督办)' }]);
  }
  return [
    {
      type: 'ReminderIssued',
      data: { orderNo: issue.currentOrder.orderNo, level: command.level, note: command.note, issuedAt: context.now, issuedBy: context.actor.id, basis: 'manual' },
    },
  ];
}

/** 约谈: once it is due on the open order, once per order; the new deadline (default: policy) bounds the next rung. */
export function decideHoldInterview(command: HoldInterview, state: IssueState, context: DecisionContext): IssueEvent[] {
  const issue = overdueOrder(state, 'hold an interview on');
  const order = issue.currentOrder;
  if (!order.interviewDueAt) {
    throw new DomainError('LADDER_STEP_SKIPPED', `约谈 is not due yet on order ${order.orderNo}: it follows 督办 by ${context.policy.interviewAfterWorkingDays} working days`);
  }
  if (order.interview) throw new DomainError('INVALID_TRANSITION', `an interview on order ${order.orderNo} was already held at ${order.interview.heldAt}`);
  const errors = interviewErrors(command);
  if (errors.length > 0) throw new DomainError('INTERVIEW_INCOMPLETE', errors.map((e) => e.message).join('; '), errors);
  if (command.newDeadline !== undefined) assertDeadlineAcceptable(command.newDeadline, context, 'newDeadline');
  const deadline = command.newDeadline ?? workingDaysAfter(context.now, context.policy.interviewDeadlineWorkingDays, context.calendar);
  return [
    {
      type: 'InterviewHeld',
      data: {
        orderNo: order.orderNo, attendees: command.attendees.map((name) => name.trim()), problems: command.problems, commitments: command.commitments,
        deadline, newDeadlineGiven: command.newDeadline !== undefined, heldAt: context.now, heldBy: context.actor.id,
      },
    },
  ];
}

function overdueOrder(state: IssueState, action: string): RectifyingIssue {
  assertLiveIssue(state);
  if (state.status !== 'rectifying') {
    throw new DomainError('NO_OPEN_ORDER', `cannot ${action} an issue that is ${state.status}: no order awaits the unit's report`);
  }
  if (!state.currentOrder.overdueMarked) {
    throw new DomainError('LADDER_STEP_SKIPPED', `order ${state.currentOrder.orderNo} is not overdue (deadline ${state.currentOrder.deadline})`);
  }
  return state;
}

function interviewErrors(command: HoldInterview): FieldError[] {
  const errors: FieldError[] = [];
  const attendees = Array.isArray(command.attendees) ? command.attendees : [];
  if (attendees.length === 0 || attendees.some((name) => typeof name !== 'string' || name.trim() === '')) {
    errors.push({ field: 'attendees', message: 'name at least one attendee, none empty' });
  }
  if (!command.problems?.trim()) errors.push({ field: 'problems', message: 'required' });
  if (!command.commitments?.trim()) errors.push({ field: 'commitments', message: 'required' });
  return errors;
}
