import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { ApplicationModule, PG_POOL } from '@app/application';
import { SupervisorComplianceReader } from '@app/projections';
import { AuthModule } from '../auth/auth.module';
import { QueriesModule } from '../queries/queries.module';
import { SupervisorsQueryController } from './supervisors-query.controller';
import { SupervisorsController } from './supervisors.controller';

/** Supervisors' duties over HTTP (DESIGN §3.5): record them, and the compliance list with export. */
@Module({
  imports: [ApplicationModule, AuthModule, QueriesModule],
  controllers: [SupervisorsController, SupervisorsQueryController],
  providers: [{ provide: SupervisorComplianceReader, inject: [PG_POOL], useFactory: (pool: Pool) => new SupervisorComplianceReader(pool) }],
})
export class SupervisorsModule {}
