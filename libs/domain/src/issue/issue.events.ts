import type { DeadlineRuleRecord } from '../calendar/deadline';
import type {
  AccountabilityReason,
  AccountabilityTarget,
  BulletinScope,
  Evidence,
  IssueSource,
  LookBackOutcome,
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
  data: { orderNo: number; level: ReminderLevel; note?: string; issuedAt: string; issuedBy: string };
};
export type RectificationReported = {
  type: 'RectificationReported';
  data: { orderNo: number; measures: string; evidence: Evidence[]; reportedAt: string; reportedBy: string };
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
  data: { targets: AccountabilityTarget[]; measures: string[]; basis: string; reasons: AccountabilityReason[]; decidedAt: string; decidedBy: string };
};
export type ResultReported = { type: 'ResultReported'; data: { bulletinId: string; scope: BulletinScope; reportedAt: string } };
export type IssueClosed = { type: 'IssueClosed'; data: { note?: string; closedAt: string; closedBy: string } };
export type LookBackConducted = {
  type: 'LookBackConducted';
  data: { outcome: LookBackOutcome; findings: string; conductedAt: string; conductedBy: string };
};
export type IssueReopened = { type: 'IssueReopened'; data: { reason: string; reopenedAt: string; reopenedBy: string } };
export type IssueWithdrawn = { type: 'IssueWithdrawn'; data: { reason: string; withdrawnAt: string; withdrawnBy: string } };

export type IssueEvent =
  | IssueRegistered
  | IssueFedBack
  | RectificationOrdered
  | ExtensionRequested
  | ExtensionDecided
  | RectificationDueSoon
  | RectificationOverdue
  | ReminderIssued
  | RectificationReported
  | RecheckConducted
  | AccountabilityDecided
  | ResultReported
  | IssueClosed
  | LookBackConducted
  | IssueReopened
  | IssueWithdrawn;

export type IssueEventType = IssueEvent['type'];

const ISSUE_EVENT_TYPE_SET: Record<IssueEventType, true> = {
  IssueRegistered: true,
  IssueFedBack: true,
  RectificationOrdered: true,
  ExtensionRequested: true,
  ExtensionDecided: true,
  RectificationDueSoon: true,
  RectificationOverdue: true,
  ReminderIssued: true,
  RectificationReported: true,
  RecheckConducted: true,
  AccountabilityDecided: true,
  ResultReported: true,
  IssueClosed: true,
  LookBackConducted: true,
  IssueReopened: true,
  IssueWithdrawn: true,
};

export const ISSUE_EVENT_TYPES: readonly IssueEventType[] = Object.keys(ISSUE_EVENT_TYPE_SET) as IssueEventType[];

export function isIssueEvent(event: { type: string }): event is IssueEvent {
  return Object.prototype.hasOwnProperty.call(ISSUE_EVENT_TYPE_SET, event.type);
}
