import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ApplicationModule } from '@app/application';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { BulletinsController } from './bulletins/bulletins.controller';
import { BulletinDocumentsModule } from './bulletins/render/bulletin-documents.module';
import { CalendarController } from './calendar/calendar.controller';
import { HealthController } from './health/health.controller';
import { ProjectionHealth } from './health/projection-health';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { RequestShapeGuard } from './http/request-shape.guard';
import { IssueAuditController } from './issues/issue-audit.controller';
import { IssueCommandSender } from './issues/issue-command.sender';
import { IssueRectificationController } from './issues/issue-rectification.controller';
import { IssueRegistrationController } from './issues/issue-registration.controller';
import { IssueVerificationController } from './issues/issue-verification.controller';
import { PersonalDataController } from './personal-data/personal-data.controller';
import { VisitsController } from './visits/visits.controller';
import { FilesModule } from './files/files.module';
import { QueriesModule } from './queries/queries.module';
import { WebUiModule } from './web/web-ui.module';

/** The HTTP app: controllers → CommandBus/QueryBus. */
@Module({
  imports: [ApplicationModule, AuthModule, AdminModule, WebUiModule, QueriesModule, FilesModule, BulletinDocumentsModule],
  controllers: [
    HealthController,
    CalendarController,
    IssueRegistrationController,
    IssueRectificationController,
    IssueVerificationController,
    IssueAuditController,
    BulletinsController,
    VisitsController,
    PersonalDataController,
  ],
  providers: [IssueCommandSender, ProjectionHealth, { provide: APP_FILTER, useClass: ProblemDetailsFilter }, { provide: APP_GUARD, useClass: RequestShapeGuard }],
})
export class ApiModule {}
