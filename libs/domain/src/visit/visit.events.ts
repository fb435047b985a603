import type { VisitKind } from './visit.types';

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
  };
};

export type VisitEvent = VisitRecorded;
export const VISIT_EVENT_TYPES: readonly VisitEvent['type'][] = ['VisitRecorded'];
