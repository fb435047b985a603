import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts about a supervisor's duties: a year short of training hours concerns no school, so unit_id becomes optional
 * in every generation of the alerts table (a rebuild in progress included). Such alerts are scoped by region.
 */
export class DutyAlerts1765200000050 implements MigrationInterface {
  name = 'DutyAlerts1765200000050';

  async up(q: QueryRunner): Promise<void> {
    for (const table of await alertTables(q)) await q.query(`ALTER TABLE ${table} ALTER COLUMN unit_id DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of await alertTables(q)) {
      await q.query(`DELETE FROM ${table} WHERE unit_id IS NULL`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN unit_id SET NOT NULL`);
    }
  }
}

async function alertTables(q: QueryRunner): Promise<string[]> {
  const rows = (await q.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename ~ '^alerts_g[0-9]+$'`)) as { tablename: string }[];
  return rows.map((row) => row.tablename);
}
