import { computeDeadline } from '../calendar/deadline';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { instantMillis, isInstant, normalizeInstant } from '../shared/instant';
import type { DecideExtension, OrderRectification, ReportRectification, RequestExtension } from './issue.commands';
import type { IssueEvent } from './issue.events';
import type { IssueState, RectifyingIssue } from './issue.state';
import { assertDeadlineAcceptable, assertLiveIssue, invalidTransition } from './issue.guards';

export function decideOrderRectification(command: OrderRectification, state: IssueState, context: DecisionContext): IssueEvent[] {
  assertLiveIssue(state);
  if (state.status === 'rectifying' || state.status === 'awaiting_recheck') {
    throw new DomainError('ORDER_ALREADY_OPEN', `order ${state.currentOrder.orderNo} is still open`);
  }
  if (state.status !== 'open') throw invalidTransition(state, 'order rectification of');
  const { deadline, deadlineRule } = computeDeadline(context.now, command.deadline, context.calendar);
  assertDeadlineAcceptable(deadline, context, 'deadline', command.deadline);
  return [
    {
      type: 'RectificationOrdered',
      data: {
        orderNo: state.ordersIssued + 1, requirements: command.requirements, deadline, deadlineRule,
        orderedAt: context.now, orderedBy: context.actor.id,
        ...(command.orderNumber ? { orderNumber: command.orderNumber } : {}),
      },
    },
  ];
}

export function decideRequestExtension(command: RequestExtension, state: IssueState, context: DecisionContext): IssueEvent[] {
  const issue = rectifyingIssue(state, 'request an extension for');
  const order = issue.currentOrder;
  if (instantMillis(context.now) > instantMillis(order.deadline)) {
    throw extensionRefused(`the deadline ${order.deadline} has passed`);
  }
  if (order.pendingExtension) throw extensionRefused('a request is already awaiting decision');
  if (order.extensionsUsed >= context.policy.maxExtensions) {
    throw extensionRefused(`order ${order.orderNo} already had ${order.extensionsUsed} of ${context.policy.maxExtensions} extension requests`);
  }
  const proposedDeadline = laterDeadline(command.proposedDeadline, order.deadline, 'proposedDeadline');
  assertDeadlineAcceptable(proposedDeadline, context, 'proposedDeadline');
  return [
    {
      type: 'ExtensionRequested',
      data: { orderNo: order.orderNo, proposedDeadline, reason: command.reason, requestedAt: context.now, requestedBy: context.actor.id },
    },
  ];
}

export function decideDecideExtension(command: DecideExtension, state: IssueState, context: DecisionContext): IssueEvent[] {
  assertLiveIssue(state);
  const pending = state.status === 'rectifying' ? state.currentOrder.pendingExtension : undefined;
  if (state.status !== 'rectifying' || !pending) throw extensionRefused('no extension request is awaiting decision');
  const { orderedBy } = state.currentOrder;
  if (context.actor.id !== orderedBy && context.actor.role !== 'coordinator') {
    throw extensionRefused(`an extension is decided by whoever issued order ${state.currentOrder.orderNo} (${orderedBy}) or a coordinator`);
  }
  const decided = { orderNo: state.currentOrder.orderNo, decidedAt: context.now, decidedBy: context.actor.id, ...noteOf(command) };
  if (!command.approved) return [{ type: 'ExtensionDecided', data: { ...decided, approved: false } }];
  const newDeadline = laterDeadline(command.newDeadline ?? pending.proposedDeadline, state.currentOrder.deadline, 'newDeadline');
  assertDeadlineAcceptable(newDeadline, context, 'newDeadline');
  return [{ type: 'ExtensionDecided', data: { ...decided, approved: true, newDeadline } }];
}

export function decideReportRectification(command: ReportRectification, state: IssueState, context: DecisionContext): IssueEvent[] {
  const order = rectifyingIssue(state, 'report rectification of').currentOrder;
  return [
    {
      type: 'RectificationReported',
      data: {
        orderNo: order.orderNo, measures: command.measures, evidence: [...(command.evidence ?? [])],
        late: instantMillis(context.now) > instantMillis(order.deadline), reportedAt: context.now, reportedBy: context.actor.id,
      },
    },
  ];
}

/** Reports and extensions need an order the unit is still working on. */
function rectifyingIssue(state: IssueState, action: string): RectifyingIssue {
  assertLiveIssue(state);
  if (state.status === 'rectifying') return state;
  if (state.status === 'awaiting_recheck') throw invalidTransition(state, `${action} (already reported)`);
  throw new DomainError('NO_OPEN_ORDER', `issue ${state.issueId} has no open rectification order`);
}

function laterDeadline(candidate: string, current: string, field: string): string {
  if (!isInstant(candidate)) {
    throw new DomainError('EXTENSION_NOT_ALLOWED', `'${candidate}' is not an ISO instant`, [{ field, message: 'must be an ISO 8601 instant' }]);
  }
  if (instantMillis(candidate) <= instantMillis(current)) {
    throw extensionRefused(`${candidate} is not later than the current deadline ${current}`, field);
  }
  return normalizeInstant(candidate);
}

function extensionRefused(detail: string, field?: string): DomainError {
  return new DomainError('EXTENSION_NOT_ALLOWED', detail, field ? [{ field, message: detail }] : undefined);
}

function noteOf(command: DecideExtension): { note?: string } {
  return command.note === undefined ? {} : { note: command.note };
}
