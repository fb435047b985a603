// Relative imports only: this list is also loaded by Jest's global setup, which does not map path aliases.
import { EventStore1763800000000 } from '../../event-store/src/postgres/migrations/1763800000000-event-store.migration';
import { AppendHorizon1764400000000 } from '../../event-store/src/postgres/migrations/1764400000000-append-horizon.migration';
import { Registry1763800000100 } from '../../registry/src/migrations/1763800000100-registry.migration';
import { UnitSuperiorDepartment1764100000100 } from '../../registry/src/migrations/1764100000100-unit-superior-department.migration';
import { SubscriptionCheckpoints1763800000200 } from '../../../apps/worker/src/checkpoints/1763800000200-subscription-checkpoints.migration';
import { ReadSideMigrations } from '../../../projections/migrations';
import { DeadlineCalendarYears1764200000100 } from '../../../apps/worker/src/deadline-recompute/1764200000100-deadline-calendar-years.migration';
import { DeniedAttempts1763800000900 } from '../../../apps/api/src/admin/1763800000900-denied-attempts.migration';
import { DeniedAttemptsAggregated1764300000000 } from '../../../apps/api/src/admin/1764300000000-denied-attempts-aggregated.migration';
import { ProjectionWorkers1764300000100 } from '../../../apps/worker/src/projections/1764300000100-projection-workers.migration';
import { PersonalData1764500000000 } from '../../application/src/personal-data/1764500000000-personal-data.migration';
import { EvidenceFiles1765100000000 } from '../../files/src/migrations/1765100000000-evidence-files.migration';
import { StreamAnnouncements1765900000000 } from '../../event-store/src/postgres/migrations/1765900000000-stream-announcements.migration';
import { SupervisorStreamAnnouncements1765900000100 } from '../../application/src/conflicts/1765900000100-supervisor-stream-announcements.migration';
import { DemoHistory1764600000080 } from '../../../apps/worker/src/demo-history/1764600000080-demo-history.migration';

/** Every schema migration of the service, in order. Projections and the registry add theirs here. */
export const ALL_MIGRATIONS: Function[] = [EventStore1763800000000, AppendHorizon1764400000000, Registry1763800000100, SubscriptionCheckpoints1763800000200, ...ReadSideMigrations, DeniedAttempts1763800000900,
  DeadlineCalendarYears1764200000100, UnitSuperiorDepartment1764100000100, DeniedAttemptsAggregated1764300000000, ProjectionWorkers1764300000100, PersonalData1764500000000, DemoHistory1764600000080,
  EvidenceFiles1765100000000, StreamAnnouncements1765900000000, SupervisorStreamAnnouncements1765900000100];

