import type { Pool } from 'pg';
import type { AppConfig } from '@app/config';
import type { EventStore } from '@app/event-store';
import { PostgresEventStore } from '@app/event-store/postgres';

/** The PostgreSQL adapter by default; KurrentDB when configured (it fails fast when unreachable). */
export async function createEventStore(config: AppConfig, pool: Pool): Promise<EventStore> {
  if (config.eventStore.kind === 'kurrentdb') {
    const { KurrentDbEventStore } = await import('@app/event-store/kurrentdb/kurrentdb-event-store');
    return KurrentDbEventStore.connect(config.eventStore.kurrentdbUrl!);
  }
  return new PostgresEventStore(pool);
}
