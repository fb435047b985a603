import type { AggravatingFactor, AppealOutcome, CaseMeasure, CaseSubject, CommitteePosition, PublicationScope, ReferralBody, ReviewOutcome, StatutoryClock } from './case.types';

/**
 * The due-process stages, in order: opened → investigating (group formed) → facts_determined → notice_served →
 * heard (statement heard or waived) → opinion_formed → approved → decided; dismissed and archived end a case.
 */
export type CaseStage =
  | 'opened' | 'investigating' | 'facts_determined' | 'notice_served' | 'heard' | 'opinion_formed' | 'approved' | 'decided' | 'dismissed' | 'archived';

export interface RunningClock {
  clock: StatutoryClock;
  dueAt: string;
  /** met: the step came in time (or late: missed first); missed: StatutoryWindowMissed recorded */
  state: 'running' | 'met' | 'missed';
}

export interface CaseDecision {
  docNumber: string; basicFacts: string; facts: string; basis: string; measures: CaseMeasure[]; effectiveDate: string; issuedAt: string; issuedBy: string;
}

export interface CaseDetails {
  caseId: string;
  number?: string;
  regionId: string;
  issueIds: string[];
  subjects: CaseSubject[];
  grounds: string[];
  openedAt: string;
  openedBy: string;
  investigators: string[];
  facts: string | null;
  proposedMeasures: CaseMeasure[];
  statement: { kind: 'heard' | 'waived'; at: string; reason?: string } | null;
  opinion: { measures: CaseMeasure[]; aggravating: AggravatingFactor[] } | null;
  approval: { by: string; position: CommitteePosition; at: string } | null;
  decision: CaseDecision | null;
  /** per measure index of the decision in force */
  measureStatus: Record<number, { done: 'executed' | 'referred'; to?: ReferralBody; at: string }>;
  publication: { scope: PublicationScope; at: string } | null;
  review: { requestedAt: string; decidedAt?: string; outcome?: ReviewOutcome } | null;
  appeal: { filedAt: string; decidedAt?: string; outcome?: AppealOutcome } | null;
  corrected: { at: string } | null;
  clocks: RunningClock[];
  closedAt: string | null;
  version: number;
}

export type InitialCaseState = { stage: 'initial'; version: number };
export type ActiveCaseState = CaseDetails & { stage: CaseStage };
export type CaseState = InitialCaseState | ActiveCaseState;

export const initialCaseState: CaseState = Object.freeze({ stage: 'initial', version: 0 }) as CaseState;

export function clockOf(state: ActiveCaseState, clock: StatutoryClock): RunningClock | undefined {
  return state.clocks.find((c) => c.clock === clock);
}

/** The next statutory date of a case still in progress (the register shows it). */
export function nextStatutoryDate(state: ActiveCaseState): RunningClock | null {
  const running = state.clocks.filter((c) => c.state === 'running').sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return running[0] ?? null;
}
