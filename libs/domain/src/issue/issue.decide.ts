import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { decideCloseIssue, decideDecideAccountability, decideReportResult } from './closure.decide';
import { decideIssueReminder, decideMarkDueSoon, decideMarkOverdue, overdueDetected } from './deadline-clock.decide';
import { decideRecomputeDeadline } from './deadline-recompute.decide';
import { decideAdvanceLadder, decideHoldInterview, decideRemindIssue, ladderDetected } from './escalation-ladder.decide';
import type { IssueCommand } from './issue.commands';
import type { IssueEvent } from './issue.events';
import type { IssueState } from './issue.state';
import { evolveIssue } from './issue.evolve';
import { decideFeedBackIssue, decideRegisterIssue, decideWithdrawIssue } from './issue-registration.decide';
import { decideConductLookBack, decideConductRecheck } from './recheck.decide';
import { decideMarkOfficeLateness, decideScheduleLookBack, lookBackOnClosing, officeLatenessDetected } from './look-back.decide';
import {
  decideDecideExtension,
  decideOrderRectification,
  decideReportRectification,
  decideRequestExtension,
} from './rectification-order.decide';

/**
 * The events a command produces on an issue, or a DomainError naming the rule it breaks.
 * Time first: an open order found past its deadline unreported is recorded overdue (once per order) before the
 * command's own events, in the same append, and the command is decided on the state that includes it — so no
 * rule depends on whether the deadline clock has scanned yet. A refused command appends nothing, overdue
 * included (the next accepted command, or the clock, records it).
 */
export function decideIssue(command: IssueCommand, state: IssueState, context: DecisionContext): IssueEvent[] {
  const overdue = overdueDetected(state, context);
  const afterOverdue = overdue.reduce(evolveIssue, state);
  const ladder = ladderDetected(afterOverdue, context);
  const late = officeLatenessDetected(ladder.reduce(evolveIssue, afterOverdue), context);
  const timed = [...overdue, ...ladder, ...late];
  const events = decideCommand(command, timed.reduce(evolveIssue, state), context);
  return [...timed, ...events];
}

function decideCommand(command: IssueCommand, state: IssueState, context: DecisionContext): IssueEvent[] {
  switch (command.type) {
    case 'RegisterIssue':
      return decideRegisterIssue(command, state, context);
    case 'FeedBackIssue':
      return decideFeedBackIssue(command, state, context);
    case 'OrderRectification':
      return decideOrderRectification(command, state, context);
    case 'RequestExtension':
      return decideRequestExtension(command, state, context);
    case 'DecideExtension':
      return decideDecideExtension(command, state, context);
    case 'ReportRectification':
      return decideReportRectification(command, state, context);
    case 'ConductRecheck':
      return decideConductRecheck(command, state, context);
    case 'DecideAccountability':
      return decideDecideAccountability(command, state, context);
    case 'ReportResult':
      return decideReportResult(command, state, context);
    case 'CloseIssue': {
      const closed = decideCloseIssue(command, state, context);
      return [...closed, ...lookBackOnClosing(state, context)];
    }
    case 'ScheduleLookBack':
      return decideScheduleLookBack(command, state, context);
    case 'MarkRecheckOverdue':
    case 'MarkLookBackOverdue':
      return decideMarkOfficeLateness(command, state);
    case 'ConductLookBack':
      return decideConductLookBack(command, state, context);
    case 'WithdrawIssue':
      return decideWithdrawIssue(command, state, context);
    case 'MarkDueSoon':
      return decideMarkDueSoon(command, state, context);
    case 'MarkOverdue':
      return decideMarkOverdue(command, state, context);
    case 'IssueReminder':
      return decideIssueReminder(command, state, context);
    case 'RemindIssue':
      return decideRemindIssue(command, state, context);
    case 'HoldInterview':
      return decideHoldInterview(command, state, context);
    case 'AdvanceLadder':
      return decideAdvanceLadder(command, state);
    case 'RecomputeDeadline':
      return decideRecomputeDeadline(command, state, context);
    default:
      throw new DomainError('INVALID_TRANSITION', `unknown issue command '${(command as { type?: string }).type}'`);
  }
}
