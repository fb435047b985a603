export interface VisitRow {
  visitId: string;
  unitId: string;
  unitName: string | null;
  zoneId: string | null;
  supervisorUserId: string;
  kind: string;
  date: string;
  matters: string[];
  notes: string;
  recordedAt: string;
  issueCount: number;
}

export interface VisitDetail extends VisitRow {
  issues: { issueId: string; number: string | null; title: string; status: string; severity: string }[];
}
