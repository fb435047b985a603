import type { AppealOutcome, CaseHistoryFacts, CaseMeasure, CaseSubject, PublicationScope, ReferralBody, ReviewOutcome } from './case.types';

/** number: claimed from the region's counter; regionId: the issues' region (looked up by the handler) */
export type OpenCase = {
  type: 'OpenCase'; caseId: string; regionId: string; issueIds: string[]; subjects: CaseSubject[]; grounds: string[];
  /** when the supervision work that found the problems was completed (the 60-day clock runs from it); default: now */
  triggeredAt?: string; number?: string;
};
export type FormInvestigationGroup = { type: 'FormInvestigationGroup'; members: string[] };
export type DetermineFacts = { type: 'DetermineFacts'; facts: string; proceed: boolean; reason?: string };
export type ServeFactsAndProposal = { type: 'ServeFactsAndProposal'; proposedMeasures: CaseMeasure[]; channel?: string };
export type HearStatement = { type: 'HearStatement'; statement: string };
export type WaiveStatement = { type: 'WaiveStatement' };
export type FormOpinion = { type: 'FormOpinion'; measures: CaseMeasure[]; consulted?: string[]; history?: CaseHistoryFacts };
/** position: the approver's committee position, looked up by the handler (absent: not chair nor vice-chair) */
export type ApproveDecision = { type: 'ApproveDecision'; position?: 'chair' | 'vice_chair' };
export type IssueDecision = { type: 'IssueDecision'; basicFacts: string; facts: string; basis: string; effectiveDate: string; docNumber?: string };
export type ExecuteMeasure = { type: 'ExecuteMeasure'; index: number; note: string };
export type ReferMeasure = { type: 'ReferMeasure'; index: number; to: ReferralBody; note: string };
export type PublishDecision = { type: 'PublishDecision'; scope: PublicationScope };
export type RequestReview = { type: 'RequestReview'; grounds: string };
export type DecideReview = { type: 'DecideReview'; outcome: ReviewOutcome; reasoning: string };
export type FileAppeal = { type: 'FileAppeal'; grounds: string };
export type DecideAppeal = { type: 'DecideAppeal'; outcome: AppealOutcome; reasoning: string };
export type CorrectDecision = { type: 'CorrectDecision'; measures: CaseMeasure[]; note: string };
export type ArchiveCase = { type: 'ArchiveCase' };
/** 简易程序 from the issue page: open and decide in one go (statement given, or none made on the spot). */
export type DecideSummarily = Omit<OpenCase, 'type'> & {
  type: 'DecideSummarily'; measures: CaseMeasure[]; basis: string; statement?: string; position?: 'chair' | 'vice_chair'; docNumber?: string;
};
/** The case clock: records whatever statutory window is missed now; otherwise nothing. */
export type CheckCaseClocks = { type: 'CheckCaseClocks' };

export type CaseCommand =
  | OpenCase | FormInvestigationGroup | DetermineFacts | ServeFactsAndProposal | HearStatement | WaiveStatement | FormOpinion
  | ApproveDecision | IssueDecision | ExecuteMeasure | ReferMeasure | PublishDecision | RequestReview | DecideReview | FileAppeal
  | DecideAppeal | CorrectDecision | ArchiveCase | CheckCaseClocks | DecideSummarily;
