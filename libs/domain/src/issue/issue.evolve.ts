import type { IssueEvent, IssueRegistered, RecheckConducted } from './issue.events';
import { ActiveIssueState, initialIssueState, IssueState, RectificationOrderState } from './issue.state';
import type { AccountabilityReason, ReminderLevel } from './issue.types';

/** Folds one event into the state. Never throws: an event that does not apply leaves the state as it was. */
export function evolveIssue(state: IssueState, event: IssueEvent): IssueState {
  if (!event || typeof event !== 'object' || !event.data) return state;
  if (state.status === 'initial') {
    return event.type === 'IssueRegistered' ? registered(event.data, state.version + 1) : state;
  }
  const next = evolveActive(state, event);
  return next ? ({ ...next, version: state.version + 1 } as IssueState) : state;
}

export function foldIssue(events: readonly IssueEvent[], from: IssueState = initialIssueState): IssueState {
  return events.reduce(evolveIssue, from);
}

function evolveActive(state: ActiveIssueState, event: IssueEvent): ActiveIssueState | null {
  switch (event.type) {
    case 'IssueFedBack':
      return { ...state, fedBackAt: event.data.fedBackAt };
    case 'RectificationOrdered': {
      const { orderNo, requirements, deadline, deadlineRule, orderedAt, orderedBy, orderNumber } = event.data;
      const order: RectificationOrderState = {
        orderNo, requirements, deadline, deadlineRule, orderedAt, orderedBy, ...(orderNumber ? { orderNumber } : {}),
        extensionsUsed: 0, dueSoonMarked: false, overdueMarked: false, reminderLevel: null, reported: false,
      };
      return {
        ...state, status: 'rectifying', currentOrder: order, ordersIssued: Math.max(state.ordersIssued, orderNo),
        deadline, overdue: false, reminderLevel: null,
      };
    }
    case 'ExtensionRequested': {
      const { proposedDeadline, reason, requestedAt, requestedBy } = event.data;
      return withOrder(state, (order) => ({
        ...order, extensionsUsed: order.extensionsUsed + 1, pendingExtension: { proposedDeadline, reason, requestedAt, requestedBy },
      }));
    }
    case 'ExtensionDecided': {
      const { approved, newDeadline } = event.data;
      const granted = approved && newDeadline ? newDeadline : null;
      const next = withOrder(state, ({ pendingExtension: _decided, ...order }) =>
        granted ? { ...order, deadline: granted, dueSoonMarked: false } : order,
      );
      // A granted extension gives a fresh deadline: the due-soon reminder may fire again for it.
      return granted ? { ...next, deadline: granted, overdue: false } : next;
    }
    case 'RectificationDueSoon':
      return withOrder(state, (order) => ({ ...order, dueSoonMarked: true }));
    case 'RectificationOverdue':
      return requireAccountability({ ...withOrder(state, (order) => ({ ...order, overdueMarked: true })), overdue: true }, 'overdue');
    case 'ReminderIssued': {
      const level = higherLevel(state.reminderLevel, event.data.level);
      return { ...withOrder(state, (order) => ({ ...order, reminderLevel: higherLevel(order.reminderLevel, level) })), reminderLevel: level };
    }
    case 'RectificationReported': {
      const next = withOrder(state, ({ pendingExtension: _dropped, ...order }) => ({ ...order, reported: true, reportedAt: event.data.reportedAt }));
      return { ...next, status: 'awaiting_recheck', overdue: false, reminderLevel: null } as ActiveIssueState;
    }
    case 'RecheckConducted':
      return rechecked(state, event.data);
    case 'AccountabilityDecided':
      return { ...state, accountabilityRequired: false, accountabilityDecided: true, resultReported: false };
    case 'ResultReported':
      return {
        ...state,
        resultReported: true,
        reportedBulletinIds: state.reportedBulletinIds.includes(event.data.bulletinId)
          ? state.reportedBulletinIds
          : [...state.reportedBulletinIds, event.data.bulletinId],
      };
    case 'IssueClosed':
      return { ...state, status: 'closed', closedAt: event.data.closedAt, deadline: null, overdue: false, reminderLevel: null };
    case 'LookBackConducted': {
      const { outcome, conductedAt, conductedBy } = event.data;
      return { ...state, lastLookBack: { outcome, conductedAt, conductedBy } };
    }
    case 'IssueReopened':
      return requireAccountability(
        { ...state, status: 'open', closedAt: null, deadline: null, overdue: false, reminderLevel: null, resultReported: false },
        'relapsed',
      );
    case 'IssueWithdrawn':
      return { ...state, status: 'withdrawn', withdrawnAt: event.data.withdrawnAt, deadline: null, overdue: false, reminderLevel: null };
    default:
      return null;
  }
}

function registered(data: IssueRegistered['data'], version: number): IssueState {
  return {
    status: 'open',
    ...data,
    fedBackAt: null,
    currentOrder: null,
    ordersIssued: 0,
    deadline: null,
    overdue: false,
    reminderLevel: null,
    failedRechecks: 0,
    lastRecheck: null,
    lastLookBack: null,
    accountabilityRequired: false,
    accountabilityReasons: [],
    accountabilityDecided: false,
    resultReported: false,
    reportedBulletinIds: [],
    closedAt: null,
    withdrawnAt: null,
    version,
  };
}

function rechecked(state: ActiveIssueState, data: RecheckConducted['data']): ActiveIssueState {
  const { orderNo, method, outcome, recheckedAt, recheckedBy } = data;
  const base = { ...state, lastRecheck: { orderNo, method, outcome, recheckedAt, recheckedBy }, deadline: null, overdue: false, reminderLevel: null } as ActiveIssueState;
  if (outcome === 'passed') return { ...base, status: 'rectified', resultReported: false } as ActiveIssueState;
  // A failed recheck ends the order: the unit must be given a new one.
  const failedRechecks = state.failedRechecks + 1;
  const failed = { ...withOrder(base, (order) => ({ ...order, reported: false })), status: 'open', failedRechecks } as ActiveIssueState;
  return failedRechecks >= 2 ? requireAccountability(failed, 'failed_rechecks') : failed;
}

function withOrder(state: ActiveIssueState, change: (order: RectificationOrderState) => RectificationOrderState): ActiveIssueState {
  return state.currentOrder ? ({ ...state, currentOrder: change(state.currentOrder) } as ActiveIssueState) : state;
}

function requireAccountability(state: ActiveIssueState, reason: AccountabilityReason): ActiveIssueState {
  const reasons = state.accountabilityReasons.includes(reason) ? state.accountabilityReasons : [...state.accountabilityReasons, reason];
  return { ...state, accountabilityRequired: true, accountabilityDecided: false, accountabilityReasons: reasons };
}

const LEVEL_RANK: Record<ReminderLevel, number> = { urge: 1, supervise: 2 };

export function reminderRank(level: ReminderLevel | null): number {
  return level ? LEVEL_RANK[level] : 0;
}

function higherLevel(current: ReminderLevel | null, next: ReminderLevel): ReminderLevel {
  return reminderRank(next) >= reminderRank(current) ? next : (current as ReminderLevel);
}
