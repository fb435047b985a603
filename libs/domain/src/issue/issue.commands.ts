import type { DeadlineRule } from '../calendar/deadline';
import type {
  AccountabilityTarget,
  BulletinScope,
  Evidence,
  IssueSource,
  LookBackOutcome,
  LookBackReason,
  RecheckMethod,
  RecheckOutcome,
  ReminderLevel,
  Severity,
} from './issue.types';

export type RegisterIssue = {
  type: 'RegisterIssue';
  issueId: string;
  unitId: string;
  regionId: string;
  category: string;
  severity: Severity;
  safetyHazard: boolean;
  title: string;
  description: string;
  source: IssueSource;
  evidence: Evidence[];
  /** the description names persons (a 师德 case names a teacher): kept in the personal-data vault (DESIGN §3.11) */
  personal?: boolean;
  /** claimed from the region's counter after the command was found acceptable (DESIGN §3.1) */
  number?: string;
};
export type FeedBackIssue = { type: 'FeedBackIssue'; note: string; channel: string };
export type OrderRectification = { type: 'OrderRectification'; requirements: string; deadline: DeadlineRule; orderNumber?: string };
export type RequestExtension = { type: 'RequestExtension'; proposedDeadline: string; reason: string };
/** approved without newDeadline grants the proposed one */
export type DecideExtension = { type: 'DecideExtension'; approved: boolean; newDeadline?: string; note?: string };
export type ReportRectification = { type: 'ReportRectification'; measures: string; evidence: Evidence[] };
export type ConductRecheck = {
  type: 'ConductRecheck';
  method: RecheckMethod;
  outcome: RecheckOutcome;
  findings: string;
  evidence: Evidence[];
};
export type DecideAccountability = {
  type: 'DecideAccountability';
  targets: AccountabilityTarget[];
  measures: string[];
  basis: string;
  /** the accountability case whose DecisionIssued this is (sent by the case process manager; idempotent per case) */
  caseId?: string;
  /** the case decision's document number */
  docNumber?: string;
};
/**
 * Sent by the bulletin process manager for every issue of a published bulletin, from the bulletin's snapshot:
 * `reportedVersion` is the issue version the snapshot saw (null only for a bulletin published before snapshots).
 */
export type ReportResult = { type: 'ReportResult'; bulletinId: string; scope: BulletinScope; publishedAt: string | null; reportedVersion: number | null };
export type CloseIssue = { type: 'CloseIssue'; note?: string };
export type ConductLookBack = { type: 'ConductLookBack'; outcome: LookBackOutcome; findings: string };
export type WithdrawIssue = { type: 'WithdrawIssue'; reason: string };

/** Deadline clock commands: idempotent, and no-ops once the order they name is no longer open. */
export type MarkDueSoon = { type: 'MarkDueSoon'; orderNo: number };
export type MarkOverdue = { type: 'MarkOverdue'; orderNo: number };
export type IssueReminder = { type: 'IssueReminder'; orderNo: number; level: ReminderLevel; note?: string };

/** System commands of 回头看 and 复查 (DESIGN §3.9): idempotent no-ops when nothing is due. */
export type ScheduleLookBack = { type: 'ScheduleLookBack'; dueAt: string; reason: LookBackReason; sampleId?: string };
export type MarkRecheckOverdue = { type: 'MarkRecheckOverdue'; orderNo: number };
export type MarkLookBackOverdue = { type: 'MarkLookBackOverdue' };
/** 催办/督办 by a person (supervisor, coordinator): only on an overdue order, and 督办 only after a 催办. */
export type RemindIssue = { type: 'RemindIssue'; level: ReminderLevel; note: string };
/** 约谈 by a leader or coordinator, once 约谈 is due on the open order; attendees are persons (personal data). */
export type HoldInterview = { type: 'HoldInterview'; attendees: string[]; problems: string; commitments: string; newDeadline?: string };
/** The ladder clock: appends whatever rung past 督办 is due now (约谈 due, proposal); otherwise nothing. */
export type AdvanceLadder = { type: 'AdvanceLadder'; orderNo: number };

/** Sent by the calendar process manager when `year` is published: recompute the open order's day-count deadline. */
export type RecomputeDeadline = { type: 'RecomputeDeadline'; orderNo: number; year: number };

export type IssueCommand =
  | RegisterIssue
  | FeedBackIssue
  | OrderRectification
  | RequestExtension
  | DecideExtension
  | ReportRectification
  | ConductRecheck
  | DecideAccountability
  | ReportResult
  | CloseIssue
  | ConductLookBack
  | WithdrawIssue
  | MarkDueSoon
  | ScheduleLookBack
  | MarkRecheckOverdue
  | MarkLookBackOverdue
  | MarkOverdue
  | IssueReminder
  | RemindIssue
  | HoldInterview
  | AdvanceLadder
  | RecomputeDeadline;

export type IssueCommandType = IssueCommand['type'];
