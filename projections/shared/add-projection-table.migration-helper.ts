import type { QueryRunner } from 'typeorm';
import { physicalTable } from '../projection';

/** The generations of a projection's tables that exist now: the live one and a rebuild in progress (1 before any). */
export async function projectionGenerations(q: QueryRunner, projection: string): Promise<{ live: number; all: number[] }> {
  const rows = (await q.query(`SELECT generation, rebuild_generation FROM projection_checkpoints WHERE name = $1`, [projection])) as {
    generation: number;
    rebuild_generation: number | null;
  }[];
  if (rows.length === 0) return { live: 1, all: [1] };
  const { generation, rebuild_generation } = rows[0];
  return { live: generation, all: rebuild_generation === null ? [generation] : [generation, rebuild_generation] };
}

/**
 * Adds a table to an existing projection: created (and back-filled) in every generation that exists, so a rebuild in
 * progress finds it too, with the view readers query pointing at the live one. In `ddl` and `backfill`, `%T` is the
 * new table's physical name and `%G` the generation suffix (`_g<n>`) for the projection's other tables.
 */
export async function addProjectionTable(q: QueryRunner, projection: string, name: string, ddl: string[], backfill: string[] = []): Promise<void> {
  const { live, all } = await projectionGenerations(q, projection);
  for (const generation of all) {
    const fill = (statement: string) => statement.split('%T').join(physicalTable(name, generation)).split('%G').join(`_g${generation}`);
    for (const statement of [...ddl, ...backfill]) await q.query(fill(statement));
  }
  await q.query(`CREATE VIEW ${name} AS SELECT * FROM ${physicalTable(name, live)}`);
}

/** Runs statements (`%T` = the physical table) on every existing generation of one of a projection's tables. */
export async function alterProjectionTable(q: QueryRunner, projection: string, name: string, statements: string[]): Promise<void> {
  const { all } = await projectionGenerations(q, projection);
  for (const generation of all) {
    for (const statement of statements) await q.query(statement.split('%T').join(physicalTable(name, generation)));
  }
}

export async function dropAddedProjectionTable(q: QueryRunner, name: string): Promise<void> {
  await q.query(`DROP VIEW IF EXISTS ${name}`);
  const tables = (await q.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename ~ $1`, [`^${name}_g[0-9]+$`])) as { tablename: string }[];
  for (const row of tables) await q.query(`DROP TABLE ${row.tablename}`);
}
