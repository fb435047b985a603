import type { ActiveCaseState } from '@domain/accountability/case.state';

export type CaseView = ActiveCaseState;

export interface CaseRow {
  caseId: string;
  number: string | null;
  subjectUnitIds: string[];
  personSubjects: number;
  stage: string;
  openedAt: string;
  nextClock: string | null;
  nextDueAt: string | null;
  missedWindows: number;
  docNumber: string | null;
  decidedAt: string | null;
  measures: string[];
  aggravated: boolean;
  repeatSubject: boolean;
}
