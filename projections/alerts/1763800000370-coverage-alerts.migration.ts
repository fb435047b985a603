import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts that are not about one issue: "coverage missed" at a month's end names a responsibility supervisor, a school
 * and a month. issue_id becomes optional; supervisor_id and month are added to every generation of the alerts table
 * (a rebuild in progress included), and the view is widened (new columns at the end keep CREATE OR REPLACE valid).
 */
export class CoverageAlerts1763800000370 implements MigrationInterface {
  name = 'CoverageAlerts1763800000370';

  async up(q: QueryRunner): Promise<void> {
    for (const table of await alertTables(q)) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN issue_id DROP NOT NULL, ADD COLUMN supervisor_id text, ADD COLUMN month text`);
    }
    await q.query(`CREATE OR REPLACE VIEW alerts AS SELECT * FROM alerts_g${await liveGeneration(q)}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const generation = await liveGeneration(q);
    await q.query(`DROP VIEW alerts`);
    for (const table of await alertTables(q)) {
      await q.query(`DELETE FROM ${table} WHERE issue_id IS NULL`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN issue_id SET NOT NULL, DROP COLUMN supervisor_id, DROP COLUMN month`);
    }
    await q.query(`CREATE VIEW alerts AS SELECT * FROM alerts_g${generation}`);
  }
}

async function alertTables(q: QueryRunner): Promise<string[]> {
  const rows = (await q.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename ~ '^alerts_g[0-9]+$'`)) as { tablename: string }[];
  return rows.map((row) => row.tablename);
}

async function liveGeneration(q: QueryRunner): Promise<number> {
  const rows = (await q.query(`SELECT generation FROM projection_checkpoints WHERE name = 'alerts'`)) as { generation: number }[];
  const generation = Number(rows[0]?.generation ?? 1);
  if (!Number.isInteger(generation)) throw new Error('bad alerts generation');
  return generation;
}
