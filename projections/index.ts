import type { Projection } from './projection';
import { alertsProjection } from './alerts/alerts.projection';
import { bulletinsProjection } from './bulletins/bulletins.projection';
import { issueAggregationProjection } from './issue-aggregation/issue-aggregation.projection';
import { issueSummaryProjection } from './issue-summary/issue-summary.projection';
import { overdueProjection } from './overdue-rectifications/overdue.projection';
import { visitCoverageProjection } from './visit-coverage/visit-coverage.projection';
import { visitRecordsProjection } from './visit-records/visit-records.projection';
import { accountabilityRegisterProjection } from './accountability-register/accountability-register.projection';
import { inboxProjection } from './inbox/inbox.projection';
import { rectificationTimelinessProjection } from './rectification-timeliness/rectification-timeliness.projection';
import { documentNumbersProjection } from './document-numbers/document-numbers.projection';
import { matterRegisterProjection } from './matter-register/matter-register.projection';
import { evaluationScoresProjection } from './evaluation-scores/evaluation-scores.projection';
import { complaintRegisterProjection } from './complaint-register/complaint-register.projection';
import { activitiesProjection } from './activities/activities.projection';
import { supervisorDutiesProjection } from './supervisor-duties/supervisor-duties.projection';
import { evidenceFilesProjection } from './evidence-files/evidence-files.projection';

export * from './projection';
export * from './shared/read-scope';
export { ISSUE_SUMMARY } from './issue-summary/issue-summary.projection';
export { OVERDUE_RECTIFICATIONS } from './overdue-rectifications/overdue.projection';
export { ISSUE_AGGREGATION } from './issue-aggregation/issue-aggregation.projection';
export { VISIT_COVERAGE } from './visit-coverage/visit-coverage.projection';
export { ALERTS } from './alerts/alerts.projection';
export { BULLETINS } from './bulletins/bulletins.projection';
export { IssueSummaryReader } from './issue-summary/issue-summary.reader';
export { OverdueReader } from './overdue-rectifications/overdue.reader';
export { DashboardReader } from './issue-aggregation/dashboard.reader';
export { PublicRectificationReader, type SchoolRectificationRow } from './issue-aggregation/public-rectification.reader';
export { CoverageReader } from './visit-coverage/coverage.reader';
export { AlertsReader } from './alerts/alerts.reader';
export { BulletinsReader, publicItem, type BulletinDocument, type CategoryNames, type DraftPreviewItem, type PublicBulletinItem } from './bulletins/bulletins.reader';
export { DOCUMENT_NUMBERS } from './document-numbers/document-numbers.projection';
export { VISIT_RECORDS } from './visit-records/visit-records.projection';
export { VisitRecordsReader } from './visit-records/visit-records.reader';
export { INBOX } from './inbox/inbox.projection';
export { InboxReader } from './inbox/inbox.reader';
export { RECTIFICATION_TIMELINESS } from './rectification-timeliness/rectification-timeliness.projection';
export { RectificationTimelinessReader } from './rectification-timeliness/rectification-timeliness.reader';
export { DocumentNumbersReader } from './document-numbers/document-numbers.reader';
export { MATTER_REGISTER } from './matter-register/matter-register.projection';
export { MatterRegisterReader } from './matter-register/matter-register.reader';
export { EVALUATION_SCORES } from './evaluation-scores/evaluation-scores.projection';
export { EvaluationScoresReader } from './evaluation-scores/evaluation-scores.reader';
export { COMPLAINT_REGISTER } from './complaint-register/complaint-register.projection';
export { ComplaintRegisterReader } from './complaint-register/complaint-register.reader';
export type { ComplaintFilter, ComplaintRow } from './complaint-register/complaint-register.reader';
export { ACTIVITIES } from './activities/activities.projection';
export { ActivitiesReader } from './activities/activities.reader';
export { SUPERVISOR_DUTIES } from './supervisor-duties/supervisor-duties.projection';
export { SupervisorComplianceReader, type SupervisorScope, type ComplianceWindow } from './supervisor-duties/supervisor-compliance.reader';
export { ACCOUNTABILITY_REGISTER } from './accountability-register/accountability-register.projection';
export { AccountabilityRegisterReader } from './accountability-register/accountability-register.reader';
export { EVIDENCE_FILES } from './evidence-files/evidence-files.projection';
export { EvidenceFilesReader } from './evidence-files/evidence-files.reader';

/** Every read model the worker keeps, each named after the question it answers. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  issueSummaryProjection,
  overdueProjection,
  issueAggregationProjection,
  visitCoverageProjection,
  alertsProjection,
  bulletinsProjection,
  documentNumbersProjection,
  visitRecordsProjection,
  inboxProjection,
  rectificationTimelinessProjection,
  matterRegisterProjection,
  evaluationScoresProjection,
  complaintRegisterProjection,
  activitiesProjection,
  supervisorDutiesProjection,
  accountabilityRegisterProjection,
  evidenceFilesProjection,
];

export function findProjection(name: string): Projection | undefined {
  return ALL_PROJECTIONS.find((projection) => projection.name === name);
}
