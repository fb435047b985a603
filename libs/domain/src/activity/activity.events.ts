import type { VisitMethod } from '../visit/visit.types';
import type { ActivityKind, PublicationScope, SiteFinding, TeamMember } from './activity.types';

export type ActivityPlanned = {
  type: 'ActivityPlanned';
  data: {
    activityId: string; number: string | null; regionId: string; kind: ActivityKind; title: string; matters: string[];
    targetUnitIds: string[]; from: string; to: string; plannedBy: string; plannedAt: string;
  };
};
export type TeamFormed = { type: 'TeamFormed'; data: { leaderId: string; members: TeamMember[]; formedBy: string; formedAt: string } };
export type NoticeSent = { type: 'NoticeSent'; data: { noticeNumber: string | null; content: string; sentBy: string; sentAt: string } };
export type SiteVisited = {
  type: 'SiteVisited';
  data: { unitId: string; date: string; methods: VisitMethod[]; findings: SiteFinding[]; recordedBy: string; recordedAt: string };
};
export type MemberSummarySubmitted = {
  type: 'MemberSummarySubmitted';
  data: { supervisorId: string; highlights: string; problemsAndSuggestions: string; submittedBy: string; submittedAt: string };
};
export type PreliminaryOpinionIssued = {
  type: 'PreliminaryOpinionIssued';
  data: { unitId: string; opinion: string; issueIds: string[]; issuedBy: string; issuedAt: string; statementDueAt: string };
};
export type StatementReceived = { type: 'StatementReceived'; data: { unitId: string; statement: string; receivedBy: string; receivedAt: string } };
export type OpinionLetterIssued = {
  type: 'OpinionLetterIssued';
  data: { unitId: string; letterNumber: string | null; evaluation: string; issueIds: string[]; issuedBy: string; issuedAt: string };
};
export type UnitReportFinalized = { type: 'UnitReportFinalized'; data: { unitId: string; report: string; finalizedBy: string; finalizedAt: string } };
export type ReportPublished = { type: 'ReportPublished'; data: { scope: PublicationScope; publishedBy: string; publishedAt: string } };
export type ActivityClosed = { type: 'ActivityClosed'; data: { note: string; closedBy: string; closedAt: string } };

export type ActivityEvent =
  | ActivityPlanned
  | TeamFormed
  | NoticeSent
  | SiteVisited
  | MemberSummarySubmitted
  | PreliminaryOpinionIssued
  | StatementReceived
  | OpinionLetterIssued
  | UnitReportFinalized
  | ReportPublished
  | ActivityClosed;

export const ACTIVITY_EVENT_TYPES: readonly ActivityEvent['type'][] = [
  'ActivityPlanned', 'TeamFormed', 'NoticeSent', 'SiteVisited', 'MemberSummarySubmitted', 'PreliminaryOpinionIssued',
  'StatementReceived', 'OpinionLetterIssued', 'UnitReportFinalized', 'ReportPublished', 'ActivityClosed',
];
