import type { QueryRunner } from 'typeorm';

/**
 * Adds columns to every generation of a projection's table (a rebuild in progress included) and widens the view
 * readers use (new columns go at the end, so CREATE OR REPLACE VIEW stays valid). Rebuilds copy the live table with
 * LIKE … INCLUDING ALL, so later generations get the columns too.
 */
export async function addProjectionColumns(q: QueryRunner, projection: string, table: string, columns: string[]): Promise<void> {
  for (const physical of await generations(q, table)) {
    await q.query(`ALTER TABLE ${physical} ${columns.map((c) => `ADD COLUMN IF NOT EXISTS ${c}`).join(', ')}`);
  }
  await q.query(`CREATE OR REPLACE VIEW ${table} AS SELECT * FROM ${table}_g${await liveGeneration(q, projection)}`);
}

/** Runs a statement (with %T for the table) on every generation of a projection's table, e.g. an index. */
export async function onEveryGeneration(q: QueryRunner, table: string, statement: string): Promise<void> {
  for (const physical of await generations(q, table)) await q.query(statement.split('%T').join(physical));
}

async function generations(q: QueryRunner, table: string): Promise<string[]> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`bad table name ${table}`);
  const rows = (await q.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename ~ $1`, [`^${table}_g[0-9]+$`])) as { tablename: string }[];
  return rows.map((row) => row.tablename);
}

async function liveGeneration(q: QueryRunner, projection: string): Promise<number> {
  const rows = (await q.query(`SELECT generation FROM projection_checkpoints WHERE name = $1`, [projection])) as { generation: number }[];
  const generation = Number(rows[0]?.generation ?? 1);
  if (!Number.isInteger(generation)) throw new Error(`bad generation of ${projection}`);
  return generation;
}
