import type { DeadlineRuleRecord } from '../calendar/deadline';
import type {
  AccountabilityReason,
  Evidence,
  IssueSource,
  LookBackOutcome,
  RecheckMethod,
  RecheckOutcome,
  ReminderLevel,
  Severity,
} from './issue.types';

export interface PendingExtension {
  proposedDeadline: string;
  reason: string;
  requestedAt: string;
  requestedBy: string;
}

/** The latest rectification order; kept after it ends so a reader can still show it. */
export interface RectificationOrderState {
  orderNo: number;
  requirements: string;
  deadline: string;
  deadlineRule: DeadlineRuleRecord;
  orderedAt: string;
  orderedBy: string;
  /** the order's document number, when it was given one */
  orderNumber?: string;
  /** extension requests made against this order, granted or not */
  extensionsUsed: number;
  pendingExtension?: PendingExtension;
  dueSoonMarked: boolean;
  overdueMarked: boolean;
  reminderLevel: ReminderLevel | null;
  reported: boolean;
  reportedAt?: string;
}

export interface RecheckRecord {
  orderNo: number;
  method: RecheckMethod;
  outcome: RecheckOutcome;
  recheckedAt: string;
  recheckedBy: string;
}

export interface LookBackRecord {
  outcome: LookBackOutcome;
  conductedAt: string;
  conductedBy: string;
}

export type IssueStatus = 'initial' | 'open' | 'rectifying' | 'awaiting_recheck' | 'rectified' | 'closed' | 'withdrawn';
export type ActiveIssueStatus = Exclude<IssueStatus, 'initial'>;

export interface IssueDetails {
  issueId: string;
  /** the human-readable number, when the issue was given one */
  number?: string;
  unitId: string;
  regionId: string;
  category: string;
  severity: Severity;
  safetyHazard: boolean;
  title: string;
  description: string;
  source: IssueSource;
  evidence: Evidence[];
  foundAt: string;
  foundBy: string;
  fedBackAt: string | null;
  currentOrder: RectificationOrderState | null;
  ordersIssued: number;
  /** the open order's deadline (rectifying or awaiting recheck), else null */
  deadline: string | null;
  /** the open order went overdue and the unit has not reported yet */
  overdue: boolean;
  /** the open order's escalation level while the unit has not reported yet */
  reminderLevel: ReminderLevel | null;
  failedRechecks: number;
  lastRecheck: RecheckRecord | null;
  lastLookBack: LookBackRecord | null;
  /** a reason arose and no AccountabilityDecided came after it */
  accountabilityRequired: boolean;
  /** every reason that ever made accountability required, in first-seen order */
  accountabilityReasons: AccountabilityReason[];
  /** an AccountabilityDecided came after the latest reason */
  accountabilityDecided: boolean;
  /** a ResultReported came after the latest passed recheck / accountability decision */
  resultReported: boolean;
  reportedBulletinIds: string[];
  closedAt: string | null;
  withdrawnAt: string | null;
  version: number;
}

export type InitialIssueState = { status: 'initial'; version: number };
export type OpenIssue = IssueDetails & { status: 'open' };
export type RectifyingIssue = IssueDetails & { status: 'rectifying'; currentOrder: RectificationOrderState; deadline: string };
export type AwaitingRecheckIssue = IssueDetails & { status: 'awaiting_recheck'; currentOrder: RectificationOrderState; deadline: string };
export type RectifiedIssue = IssueDetails & { status: 'rectified'; currentOrder: RectificationOrderState };
export type ClosedIssue = IssueDetails & { status: 'closed'; closedAt: string };
export type WithdrawnIssue = IssueDetails & { status: 'withdrawn'; withdrawnAt: string };

export type ActiveIssueState = OpenIssue | RectifyingIssue | AwaitingRecheckIssue | RectifiedIssue | ClosedIssue | WithdrawnIssue;
export type IssueState = InitialIssueState | ActiveIssueState;

export const initialIssueState: IssueState = Object.freeze({ status: 'initial', version: 0 }) as IssueState;

/** The status values an order is open in: the unit is working on it or has reported and awaits recheck. */
export function hasOpenOrder(state: IssueState): state is RectifyingIssue | AwaitingRecheckIssue {
  return state.status === 'rectifying' || state.status === 'awaiting_recheck';
}
