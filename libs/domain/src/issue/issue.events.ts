import type { DeadlineRuleRecord } from '../calendar/deadline';
import type { CalendarSource } from '../calendar/calendar-year';
import type {
  AccountabilityReason,
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

/** Type strings are the contract (DESIGN §3); a breaking change gets a `.v2` suffix and an upcaster. */
export type IssueRegistered = {
  type: 'IssueRegistered';
  data: {
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
    foundAt: string;
    foundBy: string;
    /** present (true) only when the description names persons: then it is a personal field (PERSONAL_FIELDS) */
    personal?: true;
    /** the human-readable number (示范县督问〔2026〕17号); absent on streams created before numbering */
    number?: string;
  };
};
export type IssueFedBack = { type: 'IssueFedBack'; data: { note: string; channel: string; fedBackAt: string; fedBackBy: string } };
export type RectificationOrdered = {
  type: 'RectificationOrdered';
  /** orderNumber: the order's document number (督改〔2026〕12号); absent on orders given before numbering */
  data: { orderNo: number; requirements: string; deadline: string; deadlineRule: DeadlineRuleRecord; orderedAt: string; orderedBy: string; orderNumber?: string };
};
/**
 * 期限重算: a day-count deadline recomputed when the year it was computed on is published (or corrected); only ever
 * later than the deadline the unit was given (信赖保护). `reason` is 'official_calendar_published' or
 * 'official_calendar_corrected'; `source` names the notice that moved it.
 */
export type DeadlineRecomputed = {
  type: 'DeadlineRecomputed';
  data: {
    orderNo: number;
    previousDeadline: string;
    deadline: string;
    deadlineRule: DeadlineRuleRecord;
    calendarVersion: string;
    reason: DeadlineRecomputeReason;
    year: number;
    source?: CalendarSource;
    recomputedAt: string;
  };
};
export type DeadlineRecomputeReason = 'official_calendar_published' | 'official_calendar_corrected';
export type ExtensionRequested = {
  type: 'ExtensionRequested';
  data: { orderNo: number; proposedDeadline: string; reason: string; requestedAt: string; requestedBy: string };
};
export type ExtensionDecided = {
  type: 'ExtensionDecided';
  /** newDeadline only when approved */
  data: { orderNo: number; approved: boolean; newDeadline?: string; note?: string; decidedAt: string; decidedBy: string };
};
export type RectificationDueSoon = { type: 'RectificationDueSoon'; data: { orderNo: number; deadline: string; detectedAt: string } };
export type RectificationOverdue = { type: 'RectificationOverdue'; data: { orderNo: number; deadline: string; detectedAt: string } };
export type ReminderIssued = {
  type: 'ReminderIssued';
  /** basis 'manual' when a person sent it (POST /issues/:id/reminders); absent when the clock did */
  data: { orderNo: number; level: ReminderLevel; note?: string; issuedAt: string; issuedBy: string; basis?: 'manual' };
};
/**
 * 约谈 due (DESIGN §3.8): `interviewAfterWorkingDays` working days after the first 督办 ('after_supervise'), or at
 * once when a major issue goes overdue ('major_issue'). Appended by the ladder clock or first thing by any command.
 */
export type InterviewDue = {
  type: 'InterviewDue';
  data: { orderNo: number; basis: InterviewDueBasis; dueAt: string; detectedAt: string; detectedBy: string };
};
export type InterviewDueBasis = 'after_supervise' | 'major_issue';
/** 约谈 held: attendees are names of persons (PERSONAL_FIELDS); deadline = the new deadline the unit committed to. */
export type InterviewHeld = {
  type: 'InterviewHeld';
  data: { orderNo: number; attendees: string[]; problems: string; commitments: string; deadline: string; newDeadlineGiven: boolean; heldAt: string; heldBy: string };
};
/**
 * Still unrectified after the interview's deadline: the issue is proposed for a criticism bulletin (通报批评) and an
 * accountability case (the register lists it).
 */
export type AccountabilityProposed = {
  type: 'AccountabilityProposed';
  data: { orderNo: number; proposals: Array<'criticism_bulletin' | 'accountability_case'>; basis: 'unrectified_after_interview'; interviewDeadline: string; proposedAt: string; proposedBy: string };
};
export type RectificationReported = {
  type: 'RectificationReported';
  /** late: reported after the deadline in force (recorded since v2 of the loop; upcast for older events) */
  data: { orderNo: number; measures: string; evidence: Evidence[]; late: boolean; reportedAt: string; reportedBy: string };
};
export type RecheckConducted = {
  type: 'RecheckConducted';
  data: {
    orderNo: number;
    method: RecheckMethod;
    outcome: RecheckOutcome;
    findings: string;
    evidence: Evidence[];
    recheckedAt: string;
    recheckedBy: string;
  };
};
export type AccountabilityDecided = {
  type: 'AccountabilityDecided';
  /** reasons: what had made accountability required when it was decided (empty if decided of the leader's own motion) */
  /** caseId / docNumber: the accountability case that decided it (absent on quick decisions recorded before cases) */
  data: { targets: AccountabilityTarget[]; measures: string[]; basis: string; reasons: AccountabilityReason[]; decidedAt: string; decidedBy: string; caseId?: string; docNumber?: string };
};
/**
 * A bulletin reported this issue. `reportedVersion` is the issue version the bulletin's snapshot was taken at:
 * the report covers what happened up to that version and nothing after it. Both are null on a report recorded
 * before bulletins took snapshots (see issue.upcast.ts): what such a bulletin saw is unknown.
 */
export type ResultReported = {
  type: 'ResultReported';
  data: { bulletinId: string; scope: BulletinScope; publishedAt: string | null; reportedVersion: number | null; reportedAt: string };
};
export type IssueClosed = { type: 'IssueClosed'; data: { note?: string; closedAt: string; closedBy: string } };
export type LookBackConducted = {
  type: 'LookBackConducted';
  data: { outcome: LookBackOutcome; findings: string; conductedAt: string; conductedBy: string };
};
/** 回头看 scheduled (DESIGN §3.9): `sampleId` names the look-back sample stream that drew the issue. */
export type LookBackScheduled = {
  type: 'LookBackScheduled';
  data: { dueAt: string; reason: LookBackReason; sampleId?: string; scheduledAt: string };
};
/** A scheduled look-back went past its due date undone (decided from the command's clock; the clock records it earlier). */
export type LookBackOverdue = { type: 'LookBackOverdue'; data: { dueAt: string; detectedAt: string } };
/** 不复查 is the office's own failure: a report waited more than 10 working days for its recheck. */
export type RecheckOverdue = { type: 'RecheckOverdue'; data: { orderNo: number; reportedAt: string; dueBy: string; detectedAt: string } };
export type IssueReopened = { type: 'IssueReopened'; data: { reason: string; reopenedAt: string; reopenedBy: string } };
export type IssueWithdrawn = { type: 'IssueWithdrawn'; data: { reason: string; withdrawnAt: string; withdrawnBy: string } };

export type IssueEvent =
  | IssueRegistered
  | IssueFedBack
  | RectificationOrdered
  | DeadlineRecomputed
  | ExtensionRequested
  | ExtensionDecided
  | RectificationDueSoon
  | RectificationOverdue
  | ReminderIssued
  | InterviewDue
  | InterviewHeld
  | AccountabilityProposed
  | RectificationReported
  | RecheckConducted
  | AccountabilityDecided
  | ResultReported
  | IssueClosed
  | LookBackConducted
  | LookBackScheduled
  | LookBackOverdue
  | RecheckOverdue
  | IssueReopened
  | IssueWithdrawn;

export type IssueEventType = IssueEvent['type'];

const ISSUE_EVENT_TYPE_SET: Record<IssueEventType, true> = {
  IssueRegistered: true,
  IssueFedBack: true,
  RectificationOrdered: true,
  DeadlineRecomputed: true,
  ExtensionRequested: true,
  ExtensionDecided: true,
  RectificationDueSoon: true,
  RectificationOverdue: true,
  ReminderIssued: true,
  InterviewDue: true,
  InterviewHeld: true,
  AccountabilityProposed: true,
  RectificationReported: true,
  RecheckConducted: true,
  AccountabilityDecided: true,
  ResultReported: true,
  IssueClosed: true,
  LookBackConducted: true,
  LookBackScheduled: true,
  LookBackOverdue: true,
  RecheckOverdue: true,
  IssueReopened: true,
  IssueWithdrawn: true,
};

export const ISSUE_EVENT_TYPES: readonly IssueEventType[] = Object.keys(ISSUE_EVENT_TYPE_SET) as IssueEventType[];

export function isIssueEvent(event: { type: string }): event is IssueEvent {
  return Object.prototype.hasOwnProperty.call(ISSUE_EVENT_TYPE_SET, event.type);
}
