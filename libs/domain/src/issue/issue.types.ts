/** Value types shared by the issue's commands, events and state. */
export type Severity = 'general' | 'serious' | 'major';
export const SEVERITIES: readonly Severity[] = ['general', 'serious', 'major'];

export type IssueSourceKind = 'visit' | 'complaint' | 'self_report' | 'other' | 'evaluation';
export const ISSUE_SOURCE_KINDS: readonly IssueSourceKind[] = ['visit', 'complaint', 'self_report', 'other', 'evaluation'];

export interface IssueSource {
  kind: IssueSourceKind;
  visitId?: string;
  complaintRef?: string;
  /** a finding of a 督政 evaluation (DESIGN §3.7) */
  evaluationId?: string;
}

export interface Evidence {
  name: string;
  sha256: string;
}

export type RecheckMethod = 'on_site' | 'document';
export const RECHECK_METHODS: readonly RecheckMethod[] = ['on_site', 'document'];

export type RecheckOutcome = 'passed' | 'failed';
export type LookBackOutcome = 'sustained' | 'relapsed';
export type ReminderLevel = 'urge' | 'supervise';
export type BulletinScope = 'internal' | 'public';
export type AccountabilityReason = 'overdue' | 'failed_rechecks' | 'relapsed';

/**
 * Who is held accountable: a unit, or a person named with the unit they belong to. The unit is the issue's own
 * or its superior department (ACCOUNTABILITY_TARGET_INVALID otherwise). Decisions recorded before that rule may
 * lack unitId.
 */
export interface AccountabilityTarget {
  kind: 'unit' | 'person';
  name: string;
  unitId?: string;
}
