// Relative imports only: this list is also loaded by Jest's global setup, which does not map path aliases.
import { EventStore1763800000000 } from '../../event-store/src/postgres/migrations/1763800000000-event-store.migration';
import { AppendHorizon1764400000000 } from '../../event-store/src/postgres/migrations/1764400000000-append-horizon.migration';
import { Registry1763800000100 } from '../../registry/src/migrations/1763800000100-registry.migration';
import { SubscriptionCheckpoints1763800000200 } from '../../../apps/worker/src/checkpoints/1763800000200-subscription-checkpoints.migration';
import { ReadSideMigrations } from '../../../projections/migrations';
import { DeniedAttempts1763800000900 } from '../../../apps/api/src/admin/1763800000900-denied-attempts.migration';

/** Every schema migration of the service, in order. Projections and the registry add theirs here. */
export const ALL_MIGRATIONS: Function[] = [EventStore1763800000000, AppendHorizon1764400000000, Registry1763800000100, SubscriptionCheckpoints1763800000200, ...ReadSideMigrations, DeniedAttempts1763800000900];
