import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InfrastructureModule } from '@app/application';
import { configOrExit, stopOnSignals } from '@app/config';
import { createPool, runMigrations } from '@app/database';
import { createEventStore } from '../../api/src/bootstrap/create-event-store';
import { WorkerModule } from './worker.module';

/**
 * The worker on its own (production runs it apart from the api): projections, the deadline clock, process
 * managers and webhook delivery. Needs DATABASE_URL (the embedded database belongs to `npm start`).
 */
async function main(): Promise<void> {
  const config = configOrExit();
  if (!config.database.url) {
    console.error('the worker needs DATABASE_URL (the embedded database is started by the api: npm start)');
    process.exit(2);
  }
  const pool = createPool(config.database.url, config.database.poolSize);
  await runMigrations(config.database.url, pool);
  const eventStore = await createEventStore(config, pool);
  const app = await NestFactory.createApplicationContext(
    { module: class SupervisionWorkerModule {}, imports: [InfrastructureModule.forRoot({ config, pool, eventStore }), WorkerModule] },
    { logger: config.logLevel === 'debug' ? ['error', 'warn', 'log', 'debug'] : ['error', 'warn', 'log'] },
  );
  await app.init();
  Logger.log('worker running: projections, deadline clock, process managers, webhooks', 'worker');

  stopOnSignals(async () => {
    await app.close();
    await eventStore.close();
    await pool.end();
  }, (message) => Logger.log(message, 'worker'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
