import type {
  AggravatingFactor, AppealOutcome, CaseMeasure, CaseSubject, CommitteePosition, PublicationScope, ReferralBody, ReviewOutcome, StatutoryClock,
} from './case.types';

type E<T extends string, D> = { type: T; data: D };

/** Type strings are the contract (DESIGN §3.6). Persons' names: subjects[].name where kind=person (PERSONAL_FIELDS). */
export type CaseOpened = E<'CaseOpened', {
  caseId: string; number?: string; regionId: string; issueIds: string[]; subjects: CaseSubject[]; grounds: string[];
  triggeredAt: string; investigationDueAt: string; openedAt: string; openedBy: string;
}>;
export type InvestigationGroupFormed = E<'InvestigationGroupFormed', { members: string[]; formedAt: string; formedBy: string }>;
export type FactsDetermined = E<'FactsDetermined', { facts: string; proceed: true; determinedAt: string; determinedBy: string }>;
export type CaseDismissed = E<'CaseDismissed', { reason: string; dismissedAt: string; dismissedBy: string }>;
export type FactsAndProposalServed = E<'FactsAndProposalServed', {
  proposedMeasures: CaseMeasure[]; channel: string; servedAt: string; statementDueAt: string; servedBy: string;
}>;
export type StatementAndDefenceHeard = E<'StatementAndDefenceHeard', { statement: string; heardAt: string; heardBy: string }>;
/**
 * reason 'declined': the subject said so in writing; 'window_lapsed': the 5 working days passed without a statement;
 * 'summary': decided on the spot in the summary procedure and no statement was made
 */
export type StatementWaived = E<'StatementWaived', { reason: 'declined' | 'window_lapsed' | 'summary'; waivedAt: string; recordedBy: string }>;
export type OpinionFormed = E<'OpinionFormed', { measures: CaseMeasure[]; aggravating: AggravatingFactor[]; consulted: string[]; formedAt: string; formedBy: string }>;
export type DecisionApproved = E<'DecisionApproved', { approvedBy: string; position: CommitteePosition; aggravatingShown: AggravatingFactor[]; approvedAt: string }>;
export type DecisionIssued = E<'DecisionIssued', {
  docNumber: string; basicFacts: string; facts: string; basis: string; measures: CaseMeasure[]; effectiveDate: string; issuedAt: string; issuedBy: string;
  /** the subject's windows, from receipt (= issue): review 30 days, appeal directly 15 days */
  reviewDueAt: string; appealDueAt: string;
}>;
export type MeasureExecuted = E<'MeasureExecuted', { index: number; note: string; executedAt: string; executedBy: string }>;
export type MeasureReferred = E<'MeasureReferred', { index: number; to: ReferralBody; note: string; referredAt: string; referredBy: string }>;
export type DecisionPublished = E<'DecisionPublished', { scope: PublicationScope; publishedAt: string; publishedBy: string }>;
export type ReviewRequested = E<'ReviewRequested', { grounds: string; requestedAt: string; decisionDueAt: string; recordedBy: string }>;
export type ReviewDecided = E<'ReviewDecided', { outcome: ReviewOutcome; reasoning: string; decidedAt: string; decidedBy: string; appealDueAt: string }>;
export type AppealFiled = E<'AppealFiled', { grounds: string; filedAt: string; decisionDueAt: string; recordedBy: string }>;
/** correctionDueAt only when the appeal is upheld (the original body corrects within 15 days) */
export type AppealDecided = E<'AppealDecided', { outcome: AppealOutcome; reasoning: string; decidedAt: string; decidedBy: string; correctionDueAt?: string }>;
export type DecisionCorrected = E<'DecisionCorrected', { measures: CaseMeasure[]; note: string; correctedAt: string; correctedBy: string }>;
export type CaseArchived = E<'CaseArchived', { archivedAt: string; archivedBy: string }>;
export type StatutoryWindowMissed = E<'StatutoryWindowMissed', { clock: StatutoryClock; dueAt: string; detectedAt: string }>;

export type CaseEvent =
  | CaseOpened | InvestigationGroupFormed | FactsDetermined | CaseDismissed | FactsAndProposalServed | StatementAndDefenceHeard
  | StatementWaived | OpinionFormed | DecisionApproved | DecisionIssued | MeasureExecuted | MeasureReferred | DecisionPublished
  | ReviewRequested | ReviewDecided | AppealFiled | AppealDecided | DecisionCorrected | CaseArchived | StatutoryWindowMissed;

const TYPES: Record<CaseEvent['type'], true> = {
  CaseOpened: true, InvestigationGroupFormed: true, FactsDetermined: true, CaseDismissed: true, FactsAndProposalServed: true,
  StatementAndDefenceHeard: true, StatementWaived: true, OpinionFormed: true, DecisionApproved: true, DecisionIssued: true,
  MeasureExecuted: true, MeasureReferred: true, DecisionPublished: true, ReviewRequested: true, ReviewDecided: true, AppealFiled: true,
  AppealDecided: true, DecisionCorrected: true, CaseArchived: true, StatutoryWindowMissed: true,
};
export const CASE_EVENT_TYPES = Object.keys(TYPES) as CaseEvent['type'][];
export const isCaseEvent = (event: { type: string }): event is CaseEvent => Object.prototype.hasOwnProperty.call(TYPES, event.type);
