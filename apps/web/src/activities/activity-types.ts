export interface ActivityRow {
  activityId: string;
  number: string | null;
  regionId: string;
  kind: 'joint' | 'special' | 'comprehensive';
  title: string;
  status: string;
  stage: string;
  from: string;
  to: string;
  targetUnitIds: string[];
  memberSupervisorIds: string[];
  publishedScope: string | null;
  publishedAt: string | null;
  plannedAt: string;
  version: number;
}

export interface Finding { supervisorId: string; matter: string; highlights: string; problems: string; suggestions: string }
export interface SiteVisit { date: string; methods: string[]; findings: Finding[]; recordedAt: string }
export interface UnitState {
  visits: SiteVisit[];
  preliminary: { opinion: string; issueIds: string[]; issuedAt: string; statementDueAt: string } | null;
  statement: { statement: string; receivedAt: string } | null;
  letter: { letterNumber: string | null; evaluation: string; issueIds: string[]; issuedAt: string } | null;
  report: { report: string; finalizedAt: string } | null;
}

export interface ActivityDetail extends ActivityRow {
  state: {
    matters: string[];
    team: { leaderId: string; members: { supervisorId: string; matters: string[] }[] } | null;
    notice: { noticeNumber: string | null; content: string; sentAt: string } | null;
    units: Record<string, UnitState>;
    summaries: Record<string, { highlights: string; problemsAndSuggestions: string; submittedAt: string }>;
    published: { scope: string; publishedAt: string } | null;
  };
}

export interface SupervisorRow {
  supervisorId: string;
  name: string;
  kind: string;
  zoneId: string | null;
  assignedUnitIds: string[];
  metSchoolMonths: number;
  requiredSchoolMonths: number;
  visitsThisSchoolYear: number;
  trainingYear: number;
  trainingHours: number;
  trainingMissing: number;
  trainingShortfall: boolean;
  conflictUnitIds: string[];
  appraisal: { year: number; grade: string; notes: string } | null;
}

export const ACTIVITY_STAGES = ['planned', 'team_formed', 'notified', 'on_site', 'preliminary_opinion', 'opinion_letter', 'reported', 'published', 'closed'] as const;
