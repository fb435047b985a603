import type { MatterDayCount, MatterEvidence, MatterReminderLevel, MatterReviewOutcome, MatterSourceKind, MatterTier } from './matter.types';

export type RegisterMatter = {
  type: 'RegisterMatter';
  matterId: string;
  /** the office's region (the registering actor's) */
  regionId: string;
  /** the document number, given by the numbering service once the command is known to be accepted */
  number?: string;
  title: string;
  source: { kind: MatterSourceKind; ref: string };
  requirements: string;
  tier: MatterTier;
};

export type AssignMatter = {
  type: 'AssignMatter';
  leadUnitId: string;
  assistingUnitIds: string[];
  /** urgent: 1–5; normal 15 and difficult 30 are fixed (omit them) */
  days?: number;
  /** calendar days unless the office says working days (policy `matterDayCount`) */
  dayCount?: MatterDayCount;
};

export type ReportMatterProgress = { type: 'ReportMatterProgress'; progress: string };
export type IssueMatterReminder = { type: 'IssueMatterReminder'; level: MatterReminderLevel; note?: string };
export type MarkMatterOverdue = { type: 'MarkMatterOverdue' };
export type RequestMatterExtension = { type: 'RequestMatterExtension'; proposedDueAt: string; reason: string; progress: string };
export type DecideMatterExtension = { type: 'DecideMatterExtension'; approved: boolean; newDueAt?: string; note?: string };
export type SubmitMatterCompletion = { type: 'SubmitMatterCompletion'; result: string; evidence: MatterEvidence[] };
export type ReviewMatterCompletion = { type: 'ReviewMatterCompletion'; outcome: MatterReviewOutcome; note: string };
export type CloseMatter = { type: 'CloseMatter'; note?: string };

export type MatterCommand =
  | RegisterMatter
  | AssignMatter
  | ReportMatterProgress
  | IssueMatterReminder
  | MarkMatterOverdue
  | RequestMatterExtension
  | DecideMatterExtension
  | SubmitMatterCompletion
  | ReviewMatterCompletion
  | CloseMatter;
