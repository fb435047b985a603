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
  };
};

export type VisitEvent = VisitRecorded;
export const VISIT_EVENT_TYPES: readonly VisitEvent['type'][] = ['VisitRecorded'];
