import type { VisitKind } from './visit.types';

export type RecordVisit = {
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

export type VisitCommand = RecordVisit;
