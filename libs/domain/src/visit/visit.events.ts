import type { VisitKind, VisitMethod } from './visit.types';

export type VisitRecorded = {
  type: 'VisitRecorded';
  data: {
    visitId: string;
    unitId: string;
    regionId: string;
    kind: VisitKind;
    date: string;
    matters: string[];
    notes: string;
    supervisorId: string;
    recordedAt: string;
    /** absent on visits recorded before the full record (read as []) */
    methods?: VisitMethod[];
    durationDays?: number;
    onSiteFeedback?: string;
    highlights?: string;
    problems?: string;
    suggestions?: string;
    /** end of the 3rd working day after the visit (Asia/Shanghai): when the visit report is due */
    reportDueAt?: string;
  };
};

export type VisitReportSubmitted = {
  type: 'VisitReportSubmitted';
  data: { visitId: string; report: string; submittedBy: string; submittedAt: string; dueAt: string | null; late: boolean };
};

export type VisitReportOverdue = {
  type: 'VisitReportOverdue';
  data: { visitId: string; unitId: string; regionId: string; supervisorId: string; dueAt: string; detectedAt: string };
};

export type VisitEvent = VisitRecorded | VisitReportSubmitted | VisitReportOverdue;
export const VISIT_EVENT_TYPES: readonly VisitEvent['type'][] = ['VisitRecorded', 'VisitReportSubmitted', 'VisitReportOverdue'];
