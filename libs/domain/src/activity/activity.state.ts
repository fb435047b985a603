import type { ActivityPlanned } from './activity.events';
import type { PublicationScope, SiteVisit, TeamMember } from './activity.types';

/** What happened at one target school, step by step. */
export interface ActivityUnitState {
  visits: SiteVisit[];
  preliminary: { opinion: string; issueIds: string[]; issuedAt: string; statementDueAt: string } | null;
  statement: { statement: string; receivedAt: string } | null;
  letter: { letterNumber: string | null; evaluation: string; issueIds: string[]; issuedAt: string } | null;
  report: { report: string; finalizedAt: string } | null;
}

export type ActivityStatus = 'planned' | 'closed';

export type ActivityState =
  | { status: 'initial'; version: number }
  | (Omit<ActivityPlanned['data'], 'plannedBy'> & {
      status: ActivityStatus;
      version: number;
      plannedBy: string;
      team: { leaderId: string; members: TeamMember[] } | null;
      notice: { noticeNumber: string | null; content: string; sentAt: string } | null;
      units: Record<string, ActivityUnitState>;
      summaries: Record<string, { highlights: string; problemsAndSuggestions: string; submittedAt: string }>;
      published: { scope: PublicationScope; publishedAt: string } | null;
      closedAt: string | null;
    });

export type ExistingActivity = Exclude<ActivityState, { status: 'initial' }>;

export const initialActivityState: ActivityState = Object.freeze({ status: 'initial', version: 0 }) as ActivityState;

export const emptyUnitState = (): ActivityUnitState => ({ visits: [], preliminary: null, statement: null, letter: null, report: null });
