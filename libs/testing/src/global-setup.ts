// Relative imports only: Jest's global setup does not apply moduleNameMapper.
import { Client, Pool } from 'pg';
import { runMigrations } from '../../database/src/run-migrations';
import { TEMPLATE_DATABASE, databaseUrl, serverUrl } from './test-database';

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

/** Finds a real PostgreSQL (the local one, or an embedded one when there is none) and builds the template. */
export default async function globalSetup(): Promise<void> {
  if (process.env.SL_TEST_SERVER_URL) return; // already prepared by an earlier project in this run
  let url = serverUrl();
  if (!(await reachable(url))) {
    const { startEmbeddedPostgres } = await import('../../database/src/embedded-postgres');
    const embedded = await startEmbeddedPostgres({ dataDir: '.data/test-postgres', port: 54339, log: (m) => console.log(m) });
    (globalThis as { __embeddedPg?: unknown }).__embeddedPg = embedded;
    url = embedded.url;
  }
  process.env.SL_TEST_SERVER_URL = url;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const templateUrl = databaseUrl(TEMPLATE_DATABASE, url);
  const pool = new Pool({ connectionString: templateUrl, max: 2 });
  try {
    await runMigrations(templateUrl, pool);
  } finally {
    await pool.end();
  }
}
