import type { CalendarSource } from '../calendar/calendar-year';
import type { DeadlineRuleRecord } from '../calendar/deadline';
import type { DeadlineRecomputeReason } from './issue.events';
import type {
  AccountabilityReason,
  Evidence,
  IssueSource,
  LookBackOutcome,
  LookBackReason,
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
  /** the deadline as last computed from the order's rule; differs from `deadline` once an extension set another */
  computedDeadline?: string;
  /** RecheckOverdue was recorded for this order's report, which was due for recheck by `recheckDueBy` */
  recheckOverdueMarked?: boolean;
  recheckDueBy?: string;
  /** the escalation ladder past 督办 (DESIGN §3.8): when the first 督办 came, when 约谈 fell due, the interview, the proposal */
  supervisedAt?: string;
  interviewDueAt?: string;
  interview?: { heldAt: string; deadline: string };
  proposedAt?: string;
  /** the latest DeadlineRecomputed of this order: why the deadline in force is not the one first given */
  lastRecomputation?: DeadlineRecomputation;
}

export interface DeadlineRecomputation {
  previousDeadline: string;
  deadline: string;
  calendarVersion: string;
  reason: DeadlineRecomputeReason;
  year: number;
  source?: CalendarSource;
  recomputedAt: string;
}

export interface RecheckRecord {
  orderNo: number;
  method: RecheckMethod;
  outcome: RecheckOutcome;
  recheckedAt: string;
  recheckedBy: string;
}

/** The latest rectification report (what a bulletin's snapshot summarises). */
export interface ReportRecord {
  orderNo: number;
  measures: string;
  reportedAt: string;
  /** reported after the deadline in force */
  late: boolean;
}

/** The latest accountability decision, without the names of persons (a bulletin may publish it). */
export interface AccountabilityRecord {
  /** the case that decided it, when one did */
  caseId?: string;
  docNumber?: string;
  measures: string[];
  targets: Array<{ kind: 'unit' | 'person'; unitId: string | null }>;
  decidedAt: string;
}

/** A 回头看 scheduled and not yet conducted. */
export interface PendingLookBack {
  dueAt: string;
  reason: LookBackReason;
  sampleId?: string;
  overdueMarked: boolean;
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
  /** the description names persons and is kept in the personal-data vault */
  personal?: true;
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
  lastReport: ReportRecord | null;
  lastRecheck: RecheckRecord | null;
  lastLookBack: LookBackRecord | null;
  /** the scheduled look-back not yet conducted (absent on states folded before look-backs were scheduled) */
  pendingLookBack?: PendingLookBack | null;
  /** a reason arose and no AccountabilityDecided came after it */
  accountabilityRequired: boolean;
  /** every reason that ever made accountability required, in first-seen order */
  accountabilityReasons: AccountabilityReason[];
  /** an AccountabilityDecided came after the latest reason */
  accountabilityDecided: boolean;
  lastAccountability: AccountabilityRecord | null;
  /** the accountability cases whose decisions were recorded on this issue */
  decidedCaseIds?: string[];
  /** proposed for a criticism bulletin (after an unsuccessful 约谈) and no bulletin has reported the issue since */
  criticismProposed?: boolean;
  /**
   * The version of the latest passed recheck / accountability decision / reopening: the state a bulletin must
   * have seen for its result to count (0 before any).
   */
  resultBaselineVersion: number;
  /** the highest issue version a bulletin's snapshot reported, or null when none did */
  reportedVersion: number | null;
  /** reportedVersion ≥ resultBaselineVersion: a bulletin published the latest passed recheck / decision */
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
