import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { ApplicationModule, PG_POOL } from '@app/application';
import { ActivitiesReader } from '@app/projections';
import { AuthModule } from '../auth/auth.module';
import { QueriesModule } from '../queries/queries.module';
import { ActivitiesQueryController } from './activities-query.controller';
import { ActivitiesController } from './activities.controller';
import { ActivityCommandSender } from './activity-command.sender';
import { ActivityOpinionsController } from './activity-opinions.controller';
import { PublicReportsController } from './public-reports.controller';
import { ActivityReportDocumentsController } from './render/activity-report-documents.controller';

/** Supervision activities over HTTP (DESIGN §3.5): commands, the list with export, one activity. */
@Module({
  imports: [ApplicationModule, AuthModule, QueriesModule],
  controllers: [ActivitiesController, ActivityOpinionsController, ActivitiesQueryController, PublicReportsController, ActivityReportDocumentsController],
  providers: [ActivityCommandSender, { provide: ActivitiesReader, inject: [PG_POOL], useFactory: (pool: Pool) => new ActivitiesReader(pool) }],
})
export class ActivitiesModule {}
