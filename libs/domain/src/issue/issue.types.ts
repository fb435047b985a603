/** Value types shared by the issue's commands, events and state. */
export type Severity = 'general' | 'serious' | 'major';
export const SEVERITIES: readonly Severity[] = ['general', 'serious', 'major'];

export type IssueSourceKind = 'visit' | 'activity' | 'complaint' | 'self_report' | 'other' | 'evaluation';
export const ISSUE_SOURCE_KINDS: readonly IssueSourceKind[] = ['visit', 'activity', 'complaint', 'self_report', 'other', 'evaluation'];

export interface IssueSource {
  kind: IssueSourceKind;
  visitId?: string;
  /** an issue found during a supervision activity's site visit (DESIGN §3.5) */
  activityId?: string;
  complaintRef?: string;
  /** the complaint stream whose verification registered the issue (DESIGN §3.9) */
  complaintId?: string;
  /** a finding of a 督政 evaluation (DESIGN §3.7) */
  evaluationId?: string;
}

/**
 * One piece of evidence: a stored file (fileId = its SHA-256, with size and media type found on upload), or —
 * recorded before files were stored — only a name and the fingerprint typed in.
 */
export interface Evidence {
  name: string;
  sha256: string;
  fileId?: string;
  size?: number;
  mediaType?: string;
}

export type RecheckMethod = 'on_site' | 'document';
export const RECHECK_METHODS: readonly RecheckMethod[] = ['on_site', 'document'];

export type RecheckOutcome = 'passed' | 'failed';
export type LookBackOutcome = 'sustained' | 'relapsed';
/** why a look-back (回头看) was scheduled: a major issue 3 months after closing, or drawn in a quarter's sample */
export type LookBackReason = 'major_issue' | 'sampled';
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
