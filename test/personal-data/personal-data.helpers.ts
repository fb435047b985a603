import { Client } from 'pg';
import { verifyChain, type EventStore } from '@app/event-store';
import { routeInventory } from '@app/testing/route-inventory';
import type { TestApp } from '@app/testing/test-app';

/**
 * Every table of the database (read models of every generation, the event log, the vault, the registry, logs…)
 * whose rows, as text, contain one of `needles` — as UTF-8 text or as the hex of a bytea. Returns "table: needle".
 */
export async function scanDatabase(url: string, needles: string[]): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.rows.length).toBeGreaterThan(10); // the scan looks at the whole schema, not at nothing
    const found: string[] = [];
    for (const { schema, name } of tables.rows) {
      for (const needle of needles) {
        const patterns = [`%${needle}%`, `%${Buffer.from(needle, 'utf8').toString('hex')}%`];
        const hit = await client.query(`SELECT 1 FROM "${schema}"."${name}" t WHERE t::text LIKE ANY($1::text[]) LIMIT 1`, [patterns]);
        if (hit.rowCount) found.push(`${schema}.${name}: ${needle}`);
      }
    }
    return found;
  } finally {
    await client.end();
  }
}

/**
 * GETs every public route of the running app (enumerated from its controllers, so routes added later are covered)
 * with path parameters from `params`, without a token, and returns their bodies as text. A public route with a
 * parameter this test cannot fill fails the test: give it a value here when you add one.
 */
export async function publicOutputs(app: TestApp, params: Record<string, string[]>): Promise<Map<string, string>> {
  const outputs = new Map<string, string>();
  const routes = routeInventory(app.service.app).filter((route) => route.isPublic && route.method === 'GET');
  expect(routes.map((r) => r.path)).toContain('/api/public/bulletins');
  for (const route of routes) {
    const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
    const missing = names.filter((name) => !params[name]?.length);
    if (missing.length) throw new Error(`public route ${route.path} needs a fixture value for :${missing.join(', :')}`);
    const paths = names.reduce<string[]>((acc, name) => acc.flatMap((path) => params[name].map((value) => path.replace(`:${name}`, value))), [route.path]);
    for (const path of paths) {
      const response = await fetch(`${app.url}${path}`);
      outputs.set(path, `${response.status} ${await response.text()}`);
    }
  }
  return outputs;
}

/** Every stream in the log verifies (read straight from the store: protected values by their commitments). */
export async function verifyEveryStream(url: string, store: EventStore): Promise<{ streams: string[]; broken: string[] }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const streams = (await client.query<{ stream: string }>(`SELECT DISTINCT stream FROM es_events`)).rows.map((r) => r.stream);
    const broken: string[] = [];
    for (const stream of streams) if (!verifyChain(stream, await store.readStream(stream)).valid) broken.push(stream);
    return { streams, broken };
  } finally {
    await client.end();
  }
}
