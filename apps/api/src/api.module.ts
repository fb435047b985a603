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
import { IssueEscalationController } from './issues/issue-escalation.controller';
import { CaseInvestigationController } from './accountability/case-investigation.controller';
import { CaseDecisionController } from './accountability/case-decision.controller';
import { CaseRemediesController } from './accountability/case-remedies.controller';
import { CaseCommandSender } from './accountability/case-command.sender';
import { IssueRegistrationController } from './issues/issue-registration.controller';
import { IssueVerificationController } from './issues/issue-verification.controller';
import { PersonalDataController } from './personal-data/personal-data.controller';
import { VisitsController } from './visits/visits.controller';
import { MatterCommandSender } from './matters/matter-command.sender';
import { MattersOfficeController } from './matters/matters-office.controller';
import { MattersQueryController } from './matters/matters-query.controller';
import { MattersUnitController } from './matters/matters-unit.controller';
import { EvaluationsController } from './evaluations/evaluations.controller';
import { FrameworksController } from './evaluations/frameworks.controller';
import { EvaluationsQueryController } from './evaluations/evaluations-query.controller';
import { PublicEvaluationsController } from './evaluations/public-evaluations.controller';
import { ComplaintsController } from './complaints/complaints.controller';
import { PublicComplaintsController } from './complaints/public-complaints.controller';
import { PublicFormGuard } from './complaints/public-form-guard';
import { LookBackSamplesController } from './look-backs/look-back-samples.controller';
import { FilesModule } from './files/files.module';
import { QueriesModule } from './queries/queries.module';
import { ActivitiesModule } from './activities/activities.module';
import { SupervisorsModule } from './supervisors/supervisors.module';
import { WebUiModule } from './web/web-ui.module';
import { DocumentsModule } from './documents/documents.module';

/** The HTTP app: controllers → CommandBus/QueryBus. */
@Module({
  imports: [ApplicationModule, AuthModule, AdminModule, WebUiModule, QueriesModule, ActivitiesModule, SupervisorsModule, FilesModule, BulletinDocumentsModule, DocumentsModule],
  controllers: [
    HealthController,
    CalendarController,
    IssueRegistrationController,
    IssueRectificationController,
    IssueEscalationController,
    CaseInvestigationController,
    CaseDecisionController,
    CaseRemediesController,
    IssueVerificationController,
    IssueAuditController,
    BulletinsController,
    VisitsController,
    PersonalDataController,
    MattersOfficeController,
    MattersUnitController,
    MattersQueryController,
    EvaluationsController,
    FrameworksController,
    EvaluationsQueryController,
    PublicEvaluationsController,
    ComplaintsController,
    PublicComplaintsController,
    LookBackSamplesController,
  ],
  providers: [PublicFormGuard, IssueCommandSender, MatterCommandSender, CaseCommandSender, ProjectionHealth, { provide: APP_FILTER, useClass: ProblemDetailsFilter }, { provide: APP_GUARD, useClass: RequestShapeGuard }],
})
export class ApiModule {}
