import { Logger, type INestApplication } from '@nestjs/common';
import type { Pool } from 'pg';
import type { AppConfig } from '@app/config';
import { createPool, runMigrations, startEmbeddedPostgres, type EmbeddedPostgres } from '@app/database';
import type { EventStore } from '@app/event-store';
import { demoRegistryData, seedRegistry } from '@app/registry';
import type { Clock } from '@app/application';
import { createEventStore } from './create-event-store';
import { createHttpApp } from './create-http-app';

export interface RunningService {
  app: INestApplication;
  url: string;
  pool: Pool;
  eventStore: EventStore;
  stop(): Promise<void>;
}

const logger = new Logger('service');

/** Database (embedded or given), migrations, demo data, event store, then the HTTP app (with the worker). */
export async function startService(config: AppConfig, options: { clock?: Clock } = {}): Promise<RunningService> {
  let embedded: EmbeddedPostgres | null = null;
  let databaseUrl = config.database.url;
  if (config.database.mode === 'embedded') {
    embedded = await startEmbeddedPostgres({
      dataDir: config.database.embeddedDataDir,
      port: config.database.embeddedPort,
      log: (message) => logger.log(message),
    });
    databaseUrl = embedded.url;
  }
  const pool = createPool(databaseUrl!, config.database.poolSize);
  try {
    const applied = await runMigrations(databaseUrl!, pool);
    if (applied.length) logger.log(`migrations applied: ${applied.join(', ')}`);
    if (config.demo) {
      const { data, password } = demoRegistryData();
      const seeded = await seedRegistry(pool, data, password);
      logger.log(`demo data loaded: ${seeded.units} units, ${seeded.users} users`);
    }
    const eventStore = await createEventStore(config, pool);
    const app = await createHttpApp({ config, pool, eventStore, clock: options.clock }, { worker: config.workerInProcess });
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address() as { port: number };
    const url = `http://localhost:${address.port}`;
    return {
      app,
      url,
      pool,
      eventStore,
      async stop() {
        await app.close();
        await eventStore.close();
        await pool.end();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}
