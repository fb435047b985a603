import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { BulletinCommandHandler } from './bulletin/bulletin-command.handler';
import { BulletinSnapshotReader } from './bulletin/bulletin-snapshot.reader';
import { DraftBulletinHandler } from './bulletin/draft-bulletin.handler';
import { PublishBulletinHandler } from './bulletin/publish-bulletin.handler';
import { CONFLICTS_OF_INTEREST } from './conflicts/conflicts-of-interest';
import { StreamConflictsOfInterest } from './conflicts/stream-conflicts-of-interest';
import { SupervisorCommandHandler } from './supervisor/supervisor-command.handler';
import { ReviseBulletinHandler } from './bulletin/revise-bulletin.handler';
import { CalendarCommandHandler } from './calendar/calendar-command.handler';
import { CalendarService } from './calendar/calendar.service';
import { DecisionContextFactory } from './decision-context.factory';
import { JurisdictionService } from './jurisdiction/jurisdiction.service';
import { DecideAccountabilityHandler } from './issue/decide-accountability.handler';
import { IssueCommandHandler } from './issue/issue-command.handler';
import { GetIssueHistoryHandler, GetIssueStateHandler, VerifyIssueHandler } from './issue/queries/issue-audit.handlers';
import { RegisterIssueHandler } from './issue/register-issue.handler';
import { ErasePersonalDataHandler } from './personal-data/erase-personal-data.handler';
import { PersonalDataVault } from './personal-data/personal-data.vault';
import { NumberingService } from './numbering/numbering.service';
import { StreamCommandRunner } from './stream-command-runner';
import { RecordVisitHandler } from './visit/record-visit.handler';
import { MatterCommandHandler } from './matter/matter-command.handler';
import { GetMatterHandler } from './matter/get-matter.handler';
import { EvaluationCommandHandler } from './evaluation/evaluation-command.handler';
import { FrameworksService } from './evaluation/frameworks.service';
import { GetEvaluationHandler } from './evaluation/get-evaluation.handler';
import { ComplaintCommandHandler } from './complaint/complaint-command.handler';
import { ReceiveComplaintHandler } from './complaint/receive-complaint.handler';
import { VerifyComplaintHandler } from './complaint/verify-complaint.handler';
import { DrawLookBackSampleHandler } from './look-back/draw-look-back-sample.handler';
import { VisitCommandHandler } from './visit/visit-command.handler';
import { ActivityCommandHandler } from './activity/activity-command.handler';
import { ActivityIssueFacts } from './activity/activity-issue-facts';
import { CaseCommandHandler } from './accountability/case-command.handler';
import { CaseLookups } from './accountability/case-lookups';
import { DecideQuicklyHandler } from './accountability/decide-quickly.handler';
import { OpenCaseHandler } from './accountability/open-case.handler';

/** Command and query handlers behind the CommandBus/QueryBus; used by the api and the worker alike. */
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [
    StreamCommandRunner,
    CalendarService,
    CalendarCommandHandler,
    PersonalDataVault,
    ErasePersonalDataHandler,
    NumberingService,
    DecisionContextFactory,
    JurisdictionService,
    { provide: CONFLICTS_OF_INTEREST, useClass: StreamConflictsOfInterest },
    IssueCommandHandler,
    RegisterIssueHandler,
    DecideAccountabilityHandler,
    BulletinCommandHandler,
    DraftBulletinHandler,
    PublishBulletinHandler,
    ReviseBulletinHandler,
    BulletinSnapshotReader,
    RecordVisitHandler,
    MatterCommandHandler,
    GetMatterHandler,
    FrameworksService,
    EvaluationCommandHandler,
    GetEvaluationHandler,
    ComplaintCommandHandler,
    ReceiveComplaintHandler,
    VerifyComplaintHandler,
    DrawLookBackSampleHandler,
    VisitCommandHandler,
    ActivityCommandHandler,
    ActivityIssueFacts,
    SupervisorCommandHandler,
    GetIssueHistoryHandler,
    GetIssueStateHandler,
    VerifyIssueHandler,
    CaseLookups,
    OpenCaseHandler,
    DecideQuicklyHandler,
    CaseCommandHandler,
  ],
  exports: [CqrsModule, FrameworksService, StreamCommandRunner, PersonalDataVault, NumberingService, DecisionContextFactory, JurisdictionService, CalendarService, CaseLookups],
})
export class ApplicationModule {}
