/**
 * The personal-data vault from the command line (docs/personal-data.md):
 *
 *   npm run personal-data -- migrate [--dry-run] [--actor <user id>]   move pre-vault personal values into the vault
 *   npm run personal-data -- verify                                    every stream's chain and personal values, every migration record
 *   npm run personal-data -- subjects --stream <name> | --issue <uuid> | --name <full name>
 *   PII_MASTER_KEY=<new> PII_MASTER_KEY_PREVIOUS=<old> npm run personal-data -- rotate-master-key [--actor <user id>]
 *
 * Uses DATABASE_URL and PII_MASTER_KEY (migrations are applied first). `migrate` rewrites recorded events: it runs
 * only while no api or worker is connected, and only on the PostgreSQL event store. `rotate-master-key` re-wraps every
 * key under the new master key, also only with the services stopped (restart them with the new key). Exit code 0 done, 1 failed or
 * something did not verify, 2 usage.
 */
import 'reflect-metadata';
import { Pool } from 'pg';
import { checkMigrationRecords, migrateLegacyPersonalData, PersonalDataVault, rotateMasterKey, verifyWithPersonalData } from '@app/application';
import { ConfigError, loadConfig, parseMasterKey } from '@app/config';
import { runMigrations } from '@app/database';
import { createEventStore } from '../bootstrap/create-event-store';

const USAGE = `usage: npm run personal-data -- migrate [--dry-run] [--actor <user id>]
       npm run personal-data -- verify
       npm run personal-data -- subjects --stream <name> | --issue <uuid> | --name <full name>
       PII_MASTER_KEY=<new> PII_MASTER_KEY_PREVIOUS=<old> npm run personal-data -- rotate-master-key [--actor <user id>]`;
const SERVICE_APPLICATION = 'supervision-loop'; // libs/database/src/create-pool.ts

export async function personalDataCli(argv: string[], env: Record<string, string | undefined>, print: (line: string) => void): Promise<number> {
  const [command, ...rest] = argv;
  const option = (name: string) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
  if (!['migrate', 'verify', 'subjects', 'rotate-master-key'].includes(command)) return fail(print, USAGE);
  const config = loadConfig(env);
  if (!config.database.url) return fail(print, 'set DATABASE_URL');
  const pool = new Pool({ connectionString: config.database.url, max: 4, application_name: 'supervision-loop-cli' });
  pool.on('error', () => undefined);
  try {
    await runMigrations(config.database.url, pool);
    const actor = { id: option('--actor') ?? `system:personal-data-${command}`, role: option('--actor') ? 'admin' : 'system' } as const;
    if (command === 'rotate-master-key') {
      const previous = parseMasterKey(env.PII_MASTER_KEY_PREVIOUS ?? '');
      if (!previous || !config.personalData.masterKey) return fail(print, 'set PII_MASTER_KEY to the new key and PII_MASTER_KEY_PREVIOUS to the current one (32 bytes each, hex or base64)');
      const running = await waitForServiceToStop(pool);
      if (running > 0) return fail(print, `stop the api and the worker first: ${running} connection(s) of ${SERVICE_APPLICATION} hold the previous key`);
      const rotated = await rotateMasterKey(pool, previous, config.personalData.masterKey, { actor, now: new Date().toISOString() });
      print(`re-wrapped ${rotated.keys} data key(s) from master key ${rotated.fromKeyId} to ${rotated.toKeyId}; start the services with the new PII_MASTER_KEY, then destroy the previous one`);
      return 0;
    }
    const vault = new PersonalDataVault(pool, config);
    if (command === 'subjects') {
      const stream = option('--stream') ?? (option('--issue') ? `issue-${option('--issue')}` : undefined);
      const name = option('--name');
      if (!stream && !name) return fail(print, USAGE);
      const { items, total } = await vault.listSubjects({ stream, name }, 1, 200);
      for (const s of items) print(`${s.subjectRef}  ${s.stream}  ${s.kind}  ${s.label}${s.erasedAt ? `  erased ${s.erasedAt} by ${s.erasedBy}: ${s.erasureReason}` : ''}`);
      print(`${total} subject(s)`);
      return 0;
    }
    if (command === 'migrate' && config.eventStore.kind !== 'postgres') {
      return fail(print, 'migrate rewrites recorded events, which only the PostgreSQL event store allows (KurrentDB events are immutable: see docs/personal-data.md)');
    }
    const store = await createEventStore(config, pool);
    try {
      if (command === 'verify') return await verifyAll(pool, store, vault, print);
      const running = await waitForServiceToStop(pool);
      if (running > 0) return fail(print, `stop the api and the worker first: ${running} connection(s) of ${SERVICE_APPLICATION} are open on this database (a running process would chain new events onto the old hashes)`);
      const lock = await pool.connect();
      try {
        const locked = await lock.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtext('sl-personal-data-migrate')) AS ok`);
        if (!locked.rows[0].ok) return fail(print, 'another personal-data migrate is running');
        const report = await migrateLegacyPersonalData(pool, vault, { actor, now: () => new Date().toISOString(), dryRun: rest.includes('--dry-run'), log: print });
        const values = report.migrated.reduce((n, s) => n + s.values, 0);
        print(`${report.dryRun ? 'dry run: would move' : 'moved'} ${values} personal value(s) in ${report.migrated.length} stream(s); ${report.notMoved.length} stream(s) not moved`);
        for (const n of report.notMoved) print(`NOT MOVED ${n.stream} (versions ${n.versions.join(', ')}): ${n.reason} — these values cannot be erased by key`);
        if (!report.dryRun && report.migrated.length) print('now rebuild every projection: npm run projections -- rebuild <name> (each of: npm run projections -- status)');
        return report.notMoved.length ? 1 : 0;
      } finally {
        lock.release();
      }
    } finally {
      await store.close();
    }
  } finally {
    await pool.end();
  }
}

async function verifyAll(pool: Pool, store: Awaited<ReturnType<typeof createEventStore>>, vault: PersonalDataVault, print: (line: string) => void): Promise<number> {
  let broken = 0;
  let streams = 0;
  // es_events lists the streams of the PostgreSQL store; with KurrentDB, the audit stream and its records are checked.
  const names = await pool.query<{ stream: string }>(`SELECT DISTINCT stream FROM es_events ORDER BY stream`).catch(() => ({ rows: [] as { stream: string }[] }));
  for (const { stream } of names.rows) {
    streams++;
    const result = await verifyWithPersonalData(vault, stream, await store.readStream(stream));
    if (!result.valid) {
      broken++;
      print(`BROKEN ${stream} at version ${result.brokenAtVersion}`);
    }
  }
  for (const record of await checkMigrationRecords(store, vault)) {
    if (record.signatureValid && record.hashesMatch) continue;
    broken++;
    print(`MIGRATION RECORD ${record.version} of ${record.stream}: ${record.signatureValid ? '' : 'bad signature '}${record.hashesMatch ? '' : 'hashes differ from the stream'}`);
  }
  print(`${streams} stream(s) verified, ${broken} problem(s)`);
  return broken ? 1 : 0;
}

/** The service's pools close as it stops; give their connections a moment to go. */
async function waitForServiceToStop(pool: Pool): Promise<number> {
  for (let i = 0; ; i++) {
    const result = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND pid <> pg_backend_pid()`,
      [SERVICE_APPLICATION],
    );
    if (result.rows[0].n === 0 || i >= 20) return result.rows[0].n;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function fail(print: (line: string) => void, message: string): number {
  print(message);
  return 2;
}

if (require.main === module) {
  personalDataCli(process.argv.slice(2), process.env, (line) => console.log(line))
    .then((code) => process.exit(code))
    .catch((error) => {
      console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : error);
      process.exit(1);
    });
}
