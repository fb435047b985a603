import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { BulletinCommandHandler } from './bulletin/bulletin-command.handler';
import { DraftBulletinHandler } from './bulletin/draft-bulletin.handler';
import { DecisionContextFactory } from './decision-context.factory';
import { JurisdictionService } from './jurisdiction/jurisdiction.service';
import { IssueCommandHandler } from './issue/issue-command.handler';
import { GetIssueHistoryHandler, GetIssueStateHandler, VerifyIssueHandler } from './issue/queries/issue-audit.handlers';
import { RegisterIssueHandler } from './issue/register-issue.handler';
import { NumberingService } from './numbering/numbering.service';
import { StreamCommandRunner } from './stream-command-runner';
import { RecordVisitHandler } from './visit/record-visit.handler';

/** Command and query handlers behind the CommandBus/QueryBus; used by the api and the worker alike. */
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [
    StreamCommandRunner,
    NumberingService,
    DecisionContextFactory,
    JurisdictionService,
    IssueCommandHandler,
    RegisterIssueHandler,
    BulletinCommandHandler,
    DraftBulletinHandler,
    RecordVisitHandler,
    GetIssueHistoryHandler,
    GetIssueStateHandler,
    VerifyIssueHandler,
  ],
  exports: [CqrsModule, StreamCommandRunner, NumberingService, DecisionContextFactory, JurisdictionService],
})
export class ApplicationModule {}
