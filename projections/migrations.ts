// Relative imports only: this list is loaded by Jest's global setup, which does not map path aliases.
import { ProjectionCheckpoints1763800000300 } from '../apps/worker/src/projections/1763800000300-projection-checkpoints.migration';
import { CoverageMonthChecks1763800000380 } from '../apps/worker/src/coverage-clock/1763800000380-coverage-month-checks.migration';
import { Alerts1763800000360 } from './alerts/1763800000360-alerts.migration';
import { CoverageAlerts1763800000370 } from './alerts/1763800000370-coverage-alerts.migration';
import { AlertLifecycle1764600000040 } from './alerts/1764600000040-alert-lifecycle.migration';
import { BulletinNumbers1764600000020 } from './bulletins/1764600000020-bulletin-numbers.migration';
import { Bulletins1763800000350 } from './bulletins/1763800000350-bulletins.migration';
import { IssueAggregation1763800000330 } from './issue-aggregation/1763800000330-issue-aggregation.migration';
import { IssueAggregationCounts1764400000200 } from './issue-aggregation/1764400000200-issue-aggregation-counts.migration';
import { IssueSummary1763800000310 } from './issue-summary/1763800000310-issue-summary.migration';
import { IssueSummaryCounts1764400000100 } from './issue-summary/1764400000100-issue-summary-counts.migration';
import { OverdueRectifications1763800000320 } from './overdue-rectifications/1763800000320-overdue-rectifications.migration';
import { EscalationLadder1765300000000 } from './overdue-rectifications/1765300000000-escalation-ladder.migration';
import { AccountabilityRegister1765300000001 } from './accountability-register/1765300000001-accountability-register.migration';
import { DocumentNumbers1764600000010 } from './document-numbers/1764600000010-document-numbers.migration';
import { VisitRecords1764600000030 } from './visit-records/1764600000030-visit-records.migration';
import { VisitRecordDetails1765200000010 } from './visit-records/1765200000010-visit-record-details.migration';
import { Activities1765200000020 } from './activities/1765200000020-activities.migration';
import { SupervisorDuties1765200000030 } from './supervisor-duties/1765200000030-supervisor-duties.migration';
import { VisitReports1765200000040 } from './visit-records/1765200000040-visit-reports.migration';
import { DutyAlerts1765200000050 } from './alerts/1765200000050-duty-alerts.migration';
import { DutyAlertResolution1765200000060 } from './alerts/1765200000060-duty-alert-resolution.migration';
import { SubjectAlerts1765800000200 } from './alerts/1765800000200-subject-alerts.migration';
import { Inbox1764600000060 } from './inbox/1764600000060-inbox.migration';
import { RectificationTimeliness1764600000070 } from './rectification-timeliness/1764600000070-rectification-timeliness.migration';
import { BulletinDocuments1765100000020 } from './bulletins/1765100000020-bulletin-documents.migration';
import { EvidenceFileReferences1765100000010 } from './evidence-files/1765100000010-evidence-file-references.migration';
import { VisitCoverage1763800000340 } from './visit-coverage/1763800000340-visit-coverage.migration';
import { VisitCoverageCounts1764400000300 } from './visit-coverage/1764400000300-visit-coverage-counts.migration';
import { MatterRegister1765400000000 } from './matter-register/1765400000000-matter-register.migration';
import { InboxMatters1765400000010 } from './inbox/1765400000010-inbox-matters.migration';
import { EvaluationScores1765400000020 } from './evaluation-scores/1765400000020-evaluation-scores.migration';
import { ComplaintRegister1765500000000 } from './complaint-register/1765500000000-complaint-register.migration';
import { IssueSummaryFilterIndexes1765600000010 } from './issue-summary/1765600000010-issue-summary-filter-indexes.migration';
import { CaseToDos1765600000020 } from './accountability-register/1765600000020-case-to-dos.migration';
import { EvaluationPublication1765800000100 } from './evaluation-scores/1765800000100-evaluation-publication.migration';
import { EvaluationTeam1765800000400 } from './evaluation-scores/1765800000400-evaluation-team.migration';
import { EvidenceFileEvaluationRefs1765800000310 } from './evidence-files/1765800000310-evidence-file-evaluation-refs.migration';
import { IssueAggregationLookBacks1765600000000 } from './issue-aggregation/1765600000000-issue-aggregation-look-backs.migration';

/** The read side's schema, in order (appended to libs/database's ALL_MIGRATIONS). */
export const ReadSideMigrations: Function[] = [ // eslint-disable-line @typescript-eslint/no-unsafe-function-type
  ProjectionCheckpoints1763800000300,
  IssueSummary1763800000310,
  OverdueRectifications1763800000320,
  IssueAggregation1763800000330,
  VisitCoverage1763800000340,
  Bulletins1763800000350,
  Alerts1763800000360,
  CoverageAlerts1763800000370,
  CoverageMonthChecks1763800000380,
  DocumentNumbers1764600000010,
  BulletinNumbers1764600000020,
  VisitRecords1764600000030,
  AlertLifecycle1764600000040,
  Inbox1764600000060,
  RectificationTimeliness1764600000070,
  // Maintained counters and indexes for province scale (issue #19).
  IssueSummaryCounts1764400000100,
  IssueAggregationCounts1764400000200,
  VisitCoverageCounts1764400000300,
  // 督查事项 (issue #16)
  MatterRegister1765400000000,
  InboxMatters1765400000010,
  EvaluationScores1765400000020,
  // Complaints (issue #17).
  ComplaintRegister1765500000000,
  IssueAggregationLookBacks1765600000000,
  IssueSummaryFilterIndexes1765600000010,
  CaseToDos1765600000020,
  // Supervision work (issue #14): the full visit record.
  VisitRecordDetails1765200000010,
  Activities1765200000020,
  SupervisorDuties1765200000030,
  VisitReports1765200000040,
  // The escalation ladder past 督办 (issue #15).
  EscalationLadder1765300000000,
  AccountabilityRegister1765300000001,
  EvidenceFileReferences1765100000010,
  BulletinDocuments1765100000020,
  DutyAlerts1765200000050,
  DutyAlertResolution1765200000060,
  // 督政 reports published, with their numbers (issue #16).
  EvaluationPublication1765800000100,
  // Alerts about complaints and matters (issues #16, #17).
  SubjectAlerts1765800000200,
  // Evidence per indicator of a 督政 self-evaluation (issue #16).
  EvidenceFileEvaluationRefs1765800000310,
  EvaluationTeam1765800000400,
];
