import { DataSource, type MixedList } from 'typeorm';
import type { Pool } from 'pg';
import { ALL_MIGRATIONS } from './all-migrations';

const MIGRATION_LOCK = 7_220_001;

/** Applies pending migrations; an advisory lock lets api and worker processes start together safely. */
export async function runMigrations(url: string, lockPool: Pool, migrations: MixedList<Function> = ALL_MIGRATIONS): Promise<string[]> {
  const lock = await lockPool.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const dataSource = new DataSource({
      type: 'postgres',
      url,
      migrations,
      migrationsTableName: 'schema_migrations',
      migrationsTransactionMode: 'each',
      synchronize: false,
      logging: false,
    });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    lock.release();
  }
}
