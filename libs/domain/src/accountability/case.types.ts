/** Value types of an accountability case (问责, DESIGN §3.6, 《教育督导问责办法》 chapter 4). */

/** Who is held accountable. `name` of a person is personal information (PERSONAL_FIELDS: subjects[] where kind=person). */
export interface CaseSubject {
  kind: 'unit' | 'person';
  unitId: string;
  name: string;
  position?: string;
}

/** One measure against one subject (by its index in the case's subjects). */
export interface CaseMeasure {
  subject: number;
  measure: string;
}

/** 组织处理, 处分 and legal liability: only referred to the competent bodies, never executed by the office (Art. 17). */
export const REFERRAL_ONLY_MEASURES: readonly string[] = ['organisational_handling', 'disciplinary_sanction', 'referral'];

export type ReferralBody = 'organisation_department' | 'discipline_inspection' | 'judicial_organ' | 'other';
export const REFERRAL_BODIES: readonly ReferralBody[] = ['organisation_department', 'discipline_inspection', 'judicial_organ', 'other'];

export type CommitteePosition = 'chair' | 'vice_chair';
export type { PublicationScope } from '../shared/publication-scope';
export type ReviewOutcome = 'maintained' | 'changed';
export type AppealOutcome = 'rejected' | 'upheld';

/**
 * The statutory clocks (domain-rules §7.4). They never pause. Office-side clocks (the office must act by then) end in a
 * StatutoryWindowMissed when missed; a subject-side window (statement, review, appeal) simply closes.
 */
export type StatutoryClock = 'investigation' | 'statement' | 'review_request' | 'review_decision' | 'appeal_filing' | 'appeal_decision' | 'correction';
export const OFFICE_CLOCKS: readonly StatutoryClock[] = ['investigation', 'review_decision', 'appeal_decision', 'correction'];

/** Each clock's length, and whether the rule counts working days (默认: only the statement window does). */
export const CLOCK_RULES: Readonly<Record<StatutoryClock, { days: number; working: boolean }>> = {
  investigation: { days: 60, working: false },
  statement: { days: 5, working: true },
  review_request: { days: 30, working: false },
  review_decision: { days: 30, working: false },
  appeal_filing: { days: 15, working: false },
  appeal_decision: { days: 60, working: false },
  correction: { days: 15, working: false },
};

/** 从重 (Art. 14 aggravating situations computed from history), shown to the approver. */
export type AggravatingFactor = 'repeat_within_365_days' | 'unrectified_after_decision';

/** What the handler looked up before forming an opinion: earlier decisions against the same subjects, issues still unrectified after one. */
export interface CaseHistoryFacts {
  priorDecisions: ReadonlyArray<{ caseId: string; subjectKey: string; issuedAt: string; docNumber?: string }>;
  issuesUnrectifiedAfterDecision: readonly string[];
}

/** The key that identifies a subject across cases: a unit by id, a person by unit and name. */
export const subjectKey = (subject: Pick<CaseSubject, 'kind' | 'unitId' | 'name'>): string =>
  subject.kind === 'unit' ? `unit:${subject.unitId}` : `person:${subject.unitId}:${subject.name}`;
