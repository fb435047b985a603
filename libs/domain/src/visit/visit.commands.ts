import type { VisitKind, VisitMethod } from './visit.types';

/** What the supervisor found (督导记录): 成绩与亮点, 问题, 建议, and what was fed back to the school on the spot. */
export interface VisitFindings {
  methods?: VisitMethod[];
  /** in days, halves allowed (0.5 = half a day); 1 when not given */
  durationDays?: number;
  onSiteFeedback?: string;
  highlights?: string;
  problems?: string;
  suggestions?: string;
}

export type RecordVisit = VisitFindings & {
  type: 'RecordVisit';
  visitId: string;
  unitId: string;
  regionId: string;
  kind: VisitKind;
  /** YYYY-MM-DD, the Shanghai date of the visit */
  date: string;
  /** category codes of the matters looked at */
  matters: string[];
  notes: string;
};

/** 督导报告: the supervisor's report on a visit, due 3 working days after it (DESIGN §3.5). */
export type SubmitVisitReport = { type: 'SubmitVisitReport'; visitId: string; report: string };

/** The duties clock: a visit whose report is past due and missing is marked once (an alert follows). */
export type MarkVisitReportOverdue = { type: 'MarkVisitReportOverdue'; visitId: string };

export type VisitCommand = RecordVisit | SubmitVisitReport | MarkVisitReportOverdue;
