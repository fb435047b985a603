import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { BulletinCommandHandler } from './bulletin/bulletin-command.handler';
import { BulletinSnapshotReader } from './bulletin/bulletin-snapshot.reader';
import { DraftBulletinHandler } from './bulletin/draft-bulletin.handler';
import { PublishBulletinHandler } from './bulletin/publish-bulletin.handler';
import { ReviseBulletinHandler } from './bulletin/revise-bulletin.handler';
import { CONFLICTS_OF_INTEREST, noConflictsDeclared } from './conflicts/conflicts-of-interest';
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
    { provide: CONFLICTS_OF_INTEREST, useValue: noConflictsDeclared },
    IssueCommandHandler,
    RegisterIssueHandler,
    DecideAccountabilityHandler,
    BulletinCommandHandler,
    DraftBulletinHandler,
    PublishBulletinHandler,
    ReviseBulletinHandler,
    BulletinSnapshotReader,
    RecordVisitHandler,
    GetIssueHistoryHandler,
    GetIssueStateHandler,
    VerifyIssueHandler,
  ],
  exports: [CqrsModule, StreamCommandRunner, PersonalDataVault, NumberingService, DecisionContextFactory, JurisdictionService, CalendarService],
})
export class ApplicationModule {}
