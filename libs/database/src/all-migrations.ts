// Relative imports only: this list is also loaded by Jest's global setup, which does not map path aliases.
import { EventStore1763800000000 } from '../../event-store/src/postgres/migrations/1763800000000-event-store.migration';

/** Every schema migration of the service, in order. Projections and the registry add theirs here. */
export const ALL_MIGRATIONS: Function[] = [EventStore1763800000000];
