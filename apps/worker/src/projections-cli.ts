import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { createPool, runMigrations } from '@app/database';
import { ALL_PROJECTIONS, findProjection } from '@app/projections';
import { createEventStore } from '../../api/src/bootstrap/create-event-store';
import { loadAllCheckpoints } from './projections/projection-checkpoints';
import { rebuildProjection, type RebuildProgress } from './projections/projection-rebuild';

const USAGE = `usage: npm run projections -- status
       npm run projections -- rebuild <name> [--restart]
projections: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`;

/** Operates the read side against DATABASE_URL: shows checkpoints, or rebuilds a projection beside its live tables. */
async function main(argv: string[]): Promise<number> {
  const [command, name] = argv;
  if (command !== 'status' && command !== 'rebuild') return fail(USAGE);
  const config = loadConfig(process.env);
  if (!config.database.url) return fail('set DATABASE_URL');
  const pool = createPool(config.database.url, 4);
  try {
    await runMigrations(config.database.url, pool);
    const store = await createEventStore(config, pool);
    if (command === 'status') {
      for (const row of await loadAllCheckpoints(pool)) {
        const rebuilding = row.rebuild_generation ? ` rebuilding g${row.rebuild_generation} at ${row.rebuild_position} (${row.rebuild_events} events)` : '';
        console.log(`${row.name.padEnd(24)} v${row.version} g${row.generation} position ${row.position ?? '-'} events ${row.events_applied}${rebuilding}`);
      }
      console.log(`head ${await store.headPosition()}`);
      return 0;
    }
    const projection = name ? findProjection(name) : undefined;
    if (!projection) return fail(USAGE);
    const started = Date.now();
    let lastPrint = 0;
    const print = (p: RebuildProgress) => {
      if (!p.done && Date.now() - lastPrint < 1000) return;
      lastPrint = Date.now();
      const eta = p.etaSeconds === null ? '?' : `${p.etaSeconds}s`;
      console.log(`${p.name} g${p.generation}: ${p.events} events, ${p.eventsPerSecond} events/s, position ${p.position} of ${p.head}, ETA ${eta}${p.done ? ' — switched, live' : ''}`);
    };
    await rebuildProjection({ pool, store }, projection, { restart: argv.includes('--restart'), onProgress: print });
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return 0;
  } finally {
    await pool.end();
  }
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : error);
    process.exit(1);
  });
