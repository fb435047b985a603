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
  methods?: string[];
  durationDays?: number | null;
  onSiteFeedback?: string;
  highlights?: string;
  problems?: string;
  suggestions?: string;
  reportDueAt?: string | null;
  reportSubmittedAt?: string | null;
  reportLate?: boolean | null;
  report?: string | null;
  reportOverdue?: boolean;
}

export interface VisitDetail extends VisitRow {
  issues: { issueId: string; number: string | null; title: string; status: string; severity: string }[];
}
