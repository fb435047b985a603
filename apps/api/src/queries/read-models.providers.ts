import type { Provider } from '@nestjs/common';
import type { Pool } from 'pg';
import { CalendarService, PG_POOL } from '@app/application';
import { AccountabilityRegisterReader, AlertsReader, BulletinsReader, ComplaintRegisterReader, CoverageReader, DashboardReader, DocumentNumbersReader, EvaluationScoresReader, InboxReader, IssueSummaryReader, MatterRegisterReader, OverdueReader, PublicRectificationReader, RectificationTimelinessReader, VisitRecordsReader } from '@app/projections';

/** The read models' readers, built on the shared pool (they query the views of the live generations). */
export const READ_MODEL_PROVIDERS: Provider[] = [
  { provide: IssueSummaryReader, inject: [PG_POOL], useFactory: (pool: Pool) => new IssueSummaryReader(pool) },
  { provide: DashboardReader, inject: [PG_POOL], useFactory: (pool: Pool) => new DashboardReader(pool) },
  { provide: CoverageReader, inject: [PG_POOL], useFactory: (pool: Pool) => new CoverageReader(pool) },
  { provide: AlertsReader, inject: [PG_POOL], useFactory: (pool: Pool) => new AlertsReader(pool) },
  { provide: DocumentNumbersReader, inject: [PG_POOL], useFactory: (pool: Pool) => new DocumentNumbersReader(pool) },
  { provide: VisitRecordsReader, inject: [PG_POOL], useFactory: (pool: Pool) => new VisitRecordsReader(pool) },
  { provide: InboxReader, inject: [PG_POOL], useFactory: (pool: Pool) => new InboxReader(pool) },
  { provide: RectificationTimelinessReader, inject: [PG_POOL], useFactory: (pool: Pool) => new RectificationTimelinessReader(pool) },
  { provide: AccountabilityRegisterReader, inject: [PG_POOL], useFactory: (pool: Pool) => new AccountabilityRegisterReader(pool) },
  { provide: PublicRectificationReader, inject: [PG_POOL], useFactory: (pool: Pool) => new PublicRectificationReader(pool) },
  { provide: BulletinsReader, inject: [PG_POOL], useFactory: (pool: Pool) => new BulletinsReader(pool) },
  { provide: EvaluationScoresReader, inject: [PG_POOL], useFactory: (pool: Pool) => new EvaluationScoresReader(pool) },
  { provide: MatterRegisterReader, inject: [PG_POOL], useFactory: (pool: Pool) => new MatterRegisterReader(pool) },
  { provide: ComplaintRegisterReader, inject: [PG_POOL], useFactory: (pool: Pool) => new ComplaintRegisterReader(pool) },
  { provide: OverdueReader, inject: [PG_POOL, CalendarService], useFactory: (pool: Pool, calendars: CalendarService) => new OverdueReader(pool, calendars) },
];
