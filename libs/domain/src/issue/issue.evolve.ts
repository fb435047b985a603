import { evolveDeadlineRecomputed } from './deadline-recompute.evolve';
import type { AccountabilityDecided, IssueEvent, IssueRegistered, RecheckConducted, RectificationReported, ResultReported } from './issue.events';
import { ActiveIssueState, initialIssueState, IssueState, RectificationOrderState } from './issue.state';
import type { AccountabilityReason, ReminderLevel } from './issue.types';
import { upcastIssueEvent } from './issue.upcast';

/**
 * Folds one event into the state, upcasting an event recorded in an older shape first (issue.upcast.ts).
 * Never throws: an event that does not apply leaves the state as it was.
 */
export function evolveIssue(state: IssueState, recorded: IssueEvent): IssueState {
  if (!recorded || typeof recorded !== 'object' || !recorded.data) return state;
  const event = upcastIssueEvent(recorded, state);
  if (state.status === 'initial') {
    return event.type === 'IssueRegistered' ? registered(event.data, state.version + 1) : state;
  }
  const next = evolveActive(state, event);
  return next ? withResultReported({ ...next, version: state.version + 1 } as ActiveIssueState) : state;
}

/** 有结果必通报: only a snapshot taken at or after the latest passed recheck / decision reports the result. */
function withResultReported(state: ActiveIssueState): ActiveIssueState {
  const reported = state.reportedVersion ?? null;
  return { ...state, resultReported: reported !== null && reported >= (state.resultBaselineVersion ?? 0) };
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
        orderNo, requirements, deadline, deadlineRule, orderedAt, orderedBy, computedDeadline: deadline, ...(orderNumber ? { orderNumber } : {}),
        extensionsUsed: 0, dueSoonMarked: false, overdueMarked: false, reminderLevel: null, reported: false,
      };
      return {
        ...state, status: 'rectifying', currentOrder: order, ordersIssued: Math.max(state.ordersIssued, orderNo),
        deadline, overdue: false, reminderLevel: null,
      };
    }
    case 'DeadlineRecomputed':
      return evolveDeadlineRecomputed(state, event);
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
      const supervisedAt = event.data.level === 'supervise' ? event.data.issuedAt : undefined;
      return {
        ...withOrder(state, (order) => ({
          ...order, reminderLevel: higherLevel(order.reminderLevel, level), ...(supervisedAt && !order.supervisedAt ? { supervisedAt } : {}),
        })),
        reminderLevel: level,
      };
    }
    case 'InterviewDue':
      return withOrder(state, (order) => (order.interviewDueAt ? order : { ...order, interviewDueAt: event.data.dueAt }));
    case 'InterviewHeld':
      return withOrder(state, (order) => ({ ...order, interview: { heldAt: event.data.heldAt, deadline: event.data.deadline } }));
    case 'AccountabilityProposed':
      return { ...withOrder(state, (order) => ({ ...order, proposedAt: event.data.proposedAt })), criticismProposed: true };
    case 'RectificationReported':
      return reportedRectification(state, event.data);
    case 'RecheckConducted':
      return rechecked(state, event.data);
    case 'AccountabilityDecided':
      return {
        ...state, accountabilityRequired: false, accountabilityDecided: true,
        lastAccountability: accountabilityRecord(event.data), resultBaselineVersion: state.version + 1,
        ...(event.data.caseId ? { decidedCaseIds: [...(state.decidedCaseIds ?? []), event.data.caseId] } : {}),
      };
    case 'ResultReported':
      return { ...resultReportedBy(state, event.data), criticismProposed: false };
    case 'IssueClosed':
      return { ...state, status: 'closed', closedAt: event.data.closedAt, deadline: null, overdue: false, reminderLevel: null };
    case 'LookBackConducted': {
      const { outcome, conductedAt, conductedBy } = event.data;
      return { ...state, lastLookBack: { outcome, conductedAt, conductedBy }, pendingLookBack: null };
    }
    case 'LookBackScheduled': {
      const { dueAt, reason, sampleId } = event.data;
      return { ...state, pendingLookBack: { dueAt, reason, ...(sampleId ? { sampleId } : {}), overdueMarked: false } };
    }
    case 'LookBackOverdue':
      return state.pendingLookBack ? { ...state, pendingLookBack: { ...state.pendingLookBack, overdueMarked: true } } : { ...state };
    case 'RecheckOverdue':
      return withOrder(state, (order) => (order.orderNo === event.data.orderNo ? { ...order, recheckOverdueMarked: true, recheckDueBy: event.data.dueBy } : order));
    case 'IssueReopened':
      return requireAccountability(
        { ...state, status: 'open', closedAt: null, deadline: null, overdue: false, reminderLevel: null, resultBaselineVersion: state.version + 1 },
        'relapsed',
      );
    case 'IssueWithdrawn':
      return { ...state, status: 'withdrawn', withdrawnAt: event.data.withdrawnAt, deadline: null, overdue: false, reminderLevel: null };
    default:
      return null;
  }
}

function registered(data: IssueRegistered['data'], version: number): IssueState {
  const number = (data as { number?: unknown }).number;
  return {
    status: 'open',
    ...data,
    number: typeof number === 'string' ? number : undefined,
    fedBackAt: null,
    currentOrder: null,
    ordersIssued: 0,
    deadline: null,
    overdue: false,
    reminderLevel: null,
    failedRechecks: 0,
    lastReport: null,
    lastRecheck: null,
    lastLookBack: null,
    accountabilityRequired: false,
    accountabilityReasons: [],
    accountabilityDecided: false,
    lastAccountability: null,
    resultBaselineVersion: 0,
    reportedVersion: null,
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
  if (outcome === 'passed') return { ...base, status: 'rectified', resultBaselineVersion: state.version + 1 } as ActiveIssueState;
  // A failed recheck ends the order: the unit must be given a new one.
  const failedRechecks = state.failedRechecks + 1;
  const failed = { ...withOrder(base, (order) => ({ ...order, reported: false })), status: 'open', failedRechecks } as ActiveIssueState;
  return failedRechecks >= 2 ? requireAccountability(failed, 'failed_rechecks') : failed;
}

/** A late report of an order whose overdue was never recorded (older streams) still calls for accountability. */
function reportedRectification(state: ActiveIssueState, data: RectificationReported['data']): ActiveIssueState {
  const { orderNo, measures, reportedAt, late } = data;
  const overdueRecorded = state.currentOrder?.overdueMarked === true;
  const next = withOrder(state, ({ pendingExtension: _dropped, ...order }) => ({ ...order, reported: true, reportedAt }));
  const reported = {
    ...next, status: 'awaiting_recheck', overdue: false, reminderLevel: null, lastReport: { orderNo, measures, reportedAt, late: late === true },
  } as ActiveIssueState;
  return late === true && !overdueRecorded ? requireAccountability(reported, 'overdue') : reported;
}

function resultReportedBy(state: ActiveIssueState, data: ResultReported['data']): ActiveIssueState {
  const previous = state.reportedVersion ?? null;
  const seen = data.reportedVersion;
  const ids = state.reportedBulletinIds;
  return {
    ...state,
    reportedVersion: seen === null ? previous : Math.max(previous ?? 0, seen),
    reportedBulletinIds: ids.includes(data.bulletinId) ? ids : [...ids, data.bulletinId],
  };
}

function accountabilityRecord(data: AccountabilityDecided['data']): ActiveIssueState['lastAccountability'] {
  const targets = (data.targets ?? []).map((target) => ({ kind: target.kind, unitId: target.unitId ?? null }));
  const fromCase = data.caseId ? { caseId: data.caseId, ...(data.docNumber ? { docNumber: data.docNumber } : {}) } : {};
  return { ...fromCase, measures: [...(data.measures ?? [])], targets, decidedAt: data.decidedAt };
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
