import type { QueryRunner } from 'typeorm';
import { physicalTable } from '../projection';

/**
 * A projection's first generation: the table `<name>_g1` (its DDL is given with `%T` for the table name)
 * and the view `<name>` readers query. Rebuilds copy the live generation with LIKE … INCLUDING ALL.
 */
export async function createProjectionTable(q: QueryRunner, name: string, ddl: string[]): Promise<void> {
  const table = physicalTable(name, 1);
  for (const statement of ddl) await q.query(statement.split('%T').join(table));
  await q.query(`CREATE VIEW ${name} AS SELECT * FROM ${table}`);
}

export async function dropProjectionTable(q: QueryRunner, name: string): Promise<void> {
  await q.query(`DROP VIEW IF EXISTS ${name}`);
  const tables = await q.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename ~ $1`, [`^${name}_g[0-9]+$`]);
  for (const row of tables as { tablename: string }[]) await q.query(`DROP TABLE ${row.tablename}`);
}
