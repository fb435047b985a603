// Relative imports only: Jest's global setup does not apply moduleNameMapper.
import { createHash } from 'node:crypto';
import { Client, Pool } from 'pg';
import { ALL_MIGRATIONS } from '../../database/src/all-migrations';
import { runMigrations } from '../../database/src/run-migrations';
import { demoRegistryData } from '../../registry/src/demo-data';
import { seedRegistry } from '../../registry/src/seed-registry';
import { databaseUrl, serverUrl } from './test-database';

const TEMPLATE_LOCK = 7_220_002;

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** The template is named after the migration list, so runs with the same schema share it and never drop it under each other. */
export function templateName(): string {
  // The class source (its SQL) is hashed too, so editing a migration that is not yet released rebuilds the template.
  const names = ALL_MIGRATIONS.map((m) => String(m)).join(',');
  return `sl_tpl_${createHash('sha256').update(names).digest('hex').slice(0, 16)}`;
}

/** Finds a real PostgreSQL (the local one, or an embedded one when there is none) and builds the template. */
export default async function globalSetup(): Promise<void> {
  if (process.env.SL_TEST_TEMPLATE) return; // already prepared by an earlier project in this run
  let url = serverUrl();
  if (!(await reachable(url))) {
    const { startEmbeddedPostgres } = await import('../../database/src/embedded-postgres');
    const embedded = await startEmbeddedPostgres({ dataDir: '.data/test-postgres', port: 54339, log: (m) => console.log(m) });
    (globalThis as { __embeddedPg?: unknown }).__embeddedPg = embedded;
    url = embedded.url;
  }
  process.env.SL_TEST_SERVER_URL = url;
  const template = templateName();
  process.env.SL_TEST_TEMPLATE = template;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const ready = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate`, [template]);
    if (ready.rowCount === 0) {
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${template}`);
      const pool = new Pool({ connectionString: databaseUrl(template, url), max: 2 });
      try {
        await runMigrations(databaseUrl(template, url), pool);
        // Seeded once here so each test's DEMO=1 start finds the passwords hashed already (scrypt is slow on purpose).
        const { data, password } = demoRegistryData();
        await seedRegistry(pool, data, password);
      } finally {
        await pool.end();
      }
      // Marked only once complete, so a run that died half-way is rebuilt, not reused.
      await admin.query(`ALTER DATABASE ${template} WITH IS_TEMPLATE true`);
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]).catch(() => undefined);
    await admin.end();
  }
}
