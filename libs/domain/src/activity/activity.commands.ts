import type { VisitMethod } from '../visit/visit.types';
import type { ActivityKind, PublicationScope, SiteFinding, TeamMember } from './activity.types';

export type PlanActivity = {
  type: 'PlanActivity';
  activityId: string;
  regionId: string;
  /** the document number, given by the numbering service once the plan is accepted */
  number?: string;
  kind: ActivityKind;
  title: string;
  matters: string[];
  targetUnitIds: string[];
  /** YYYY-MM-DD, Shanghai dates */
  from: string;
  to: string;
};
export type FormTeam = { type: 'FormTeam'; leaderId: string; members: TeamMember[] };
export type SendNotice = { type: 'SendNotice'; noticeNumber?: string; content: string };
export type RecordSiteVisit = { type: 'RecordSiteVisit'; unitId: string; date: string; methods: VisitMethod[]; findings: SiteFinding[] };
export type SubmitMemberSummary = { type: 'SubmitMemberSummary'; supervisorId: string; highlights: string; problemsAndSuggestions: string };
export type IssuePreliminaryOpinion = { type: 'IssuePreliminaryOpinion'; unitId: string; opinion: string; issueIds: string[] };
export type ReceiveStatement = { type: 'ReceiveStatement'; unitId: string; statement: string };
export type IssueOpinionLetter = { type: 'IssueOpinionLetter'; unitId: string; letterNumber?: string; evaluation: string; issueIds: string[] };
export type FinalizeUnitReport = { type: 'FinalizeUnitReport'; unitId: string; report: string };
export type PublishActivityReport = { type: 'PublishActivityReport'; scope: PublicationScope };
export type CloseActivity = { type: 'CloseActivity'; note: string };

export type ActivityCommand =
  | PlanActivity
  | FormTeam
  | SendNotice
  | RecordSiteVisit
  | SubmitMemberSummary
  | IssuePreliminaryOpinion
  | ReceiveStatement
  | IssueOpinionLetter
  | FinalizeUnitReport
  | PublishActivityReport
  | CloseActivity;

export const ACTIVITY_COMMAND_TYPES: readonly ActivityCommand['type'][] = [
  'PlanActivity', 'FormTeam', 'SendNotice', 'RecordSiteVisit', 'SubmitMemberSummary', 'IssuePreliminaryOpinion',
  'ReceiveStatement', 'IssueOpinionLetter', 'FinalizeUnitReport', 'PublishActivityReport', 'CloseActivity',
];
