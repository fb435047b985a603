import { Module } from '@nestjs/common';
import { ApplicationModule } from '@app/application';
import { AuthModule } from '../auth/auth.module';
import { AlertDismissalsController } from './alert-dismissals.controller';
import { AlertsController } from './alerts.controller';
import { BulletinsQueryController } from './bulletins-query.controller';
import { CoverageController } from './coverage.controller';
import { DashboardController } from './dashboard.controller';
import { DocumentNumbersController } from './document-numbers.controller';
import { IssuesQueryController } from './issues-query.controller';
import { OverdueController } from './overdue.controller';
import { READ_MODEL_PROVIDERS } from './read-models.providers';
import { ProjectionLagProbe } from './projection-lag';
import { ReadYourWrites } from './read-your-writes';
import { InboxController } from './inbox.controller';
import { VisitsQueryController } from './visits-query.controller';
import { ComplaintsQueryController } from './complaints-query.controller';
import { CasesQueryController } from '../accountability/cases-query.controller';
import { PublicRectificationController } from './public-rectification.controller';

/** The read side over HTTP: every route reads a projection's live tables, optionally waiting for a position. */
@Module({
  imports: [ApplicationModule, AuthModule],
  controllers: [
    AlertDismissalsController, IssuesQueryController, OverdueController, DashboardController, CoverageController, AlertsController, BulletinsQueryController, DocumentNumbersController,
    VisitsQueryController, InboxController, ComplaintsQueryController, CasesQueryController, PublicRectificationController,
  ],
  providers: [...READ_MODEL_PROVIDERS, ReadYourWrites, ProjectionLagProbe],
  exports: [...READ_MODEL_PROVIDERS, ReadYourWrites, ProjectionLagProbe],
})
export class QueriesModule {}
