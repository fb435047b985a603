import type { DeadlineRuleRecord } from '../calendar/deadline';
import type { MatterEvidence, MatterReminderLevel, MatterReviewOutcome, MatterSourceKind, MatterTier } from './matter.types';

export type MatterRegistered = {
  type: 'MatterRegistered';
  data: {
    matterId: string;
    number: string | null;
    regionId: string;
    title: string;
    source: { kind: MatterSourceKind; ref: string };
    requirements: string;
    tier: MatterTier;
    registeredBy: string;
    registeredAt: string;
  };
};
export type MatterAssigned = {
  type: 'MatterAssigned';
  data: { leadUnitId: string; assistingUnitIds: string[]; dueAt: string; deadlineRule: DeadlineRuleRecord; assignedBy: string; assignedAt: string };
};
export type MatterProgressReported = { type: 'MatterProgressReported'; data: { unitId: string; progress: string; reportedBy: string; reportedAt: string } };
export type MatterReminderIssued = {
  type: 'MatterReminderIssued';
  data: { level: MatterReminderLevel; note?: string; dueAt: string; issuedBy: string; issuedAt: string };
};
/** Once per matter: recorded by the clock, or by the decider first thing when any command finds it past due. */
export type MatterOverdue = { type: 'MatterOverdue'; data: { dueAt: string; detectedAt: string } };
export type MatterExtensionRequested = {
  type: 'MatterExtensionRequested';
  data: { proposedDueAt: string; reason: string; progress: string; dueAt: string; requestedBy: string; requestedAt: string };
};
export type MatterExtensionDecided = {
  type: 'MatterExtensionDecided';
  data: { approved: boolean; previousDueAt: string; newDueAt: string | null; note: string; decidedBy: string; decidedAt: string };
};
export type MatterCompletionSubmitted = {
  type: 'MatterCompletionSubmitted';
  data: { result: string; evidence: MatterEvidence[]; late: boolean; dueAt: string; submittedBy: string; submittedAt: string };
};
export type MatterCompletionReviewed = {
  type: 'MatterCompletionReviewed';
  data: { outcome: MatterReviewOutcome; note: string; reviewedBy: string; reviewedAt: string };
};
export type MatterClosed = { type: 'MatterClosed'; data: { note: string; closedBy: string; closedAt: string } };

export type MatterEvent =
  | MatterRegistered
  | MatterAssigned
  | MatterProgressReported
  | MatterReminderIssued
  | MatterOverdue
  | MatterExtensionRequested
  | MatterExtensionDecided
  | MatterCompletionSubmitted
  | MatterCompletionReviewed
  | MatterClosed;

export const MATTER_EVENT_TYPES: readonly MatterEvent['type'][] = [
  'MatterRegistered',
  'MatterAssigned',
  'MatterProgressReported',
  'MatterReminderIssued',
  'MatterOverdue',
  'MatterExtensionRequested',
  'MatterExtensionDecided',
  'MatterCompletionSubmitted',
  'MatterCompletionReviewed',
  'MatterClosed',
];
