import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who is who and where: regions (city ⊃ county), responsibility zones, units, supervisors, users. */
export class Registry1763800000100 implements MigrationInterface {
  name = 'Registry1763800000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE registry_regions (
        id text PRIMARY KEY, name text NOT NULL, name_en text, level text NOT NULL,
        parent_id text REFERENCES registry_regions(id)
      )`);
    await q.query(`
      CREATE TABLE registry_zones (
        id text PRIMARY KEY, name text NOT NULL, region_id text NOT NULL REFERENCES registry_regions(id),
        leader_supervisor_id text
      )`);
    await q.query(`
      CREATE TABLE registry_units (
        id text PRIMARY KEY, code text NOT NULL UNIQUE, name text NOT NULL, type text NOT NULL,
        region_id text NOT NULL REFERENCES registry_regions(id), zone_id text REFERENCES registry_zones(id)
      )`);
    await q.query(`CREATE INDEX registry_units_region ON registry_units (region_id)`);
    await q.query(`
      CREATE TABLE registry_supervisors (
        id text PRIMARY KEY, username text, name text NOT NULL, kind text NOT NULL,
        region_id text NOT NULL REFERENCES registry_regions(id), zone_id text REFERENCES registry_zones(id),
        assigned_unit_ids text[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`
      CREATE TABLE registry_users (
        id text PRIMARY KEY, username text NOT NULL UNIQUE, password_hash text, role text NOT NULL,
        region_id text NOT NULL REFERENCES registry_regions(id), unit_id text REFERENCES registry_units(id),
        supervisor_id text REFERENCES registry_supervisors(id), display_name text,
        disabled boolean NOT NULL DEFAULT false, created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE registry_categories (
        code text PRIMARY KEY, name text NOT NULL, name_en text, sort_order integer NOT NULL DEFAULT 0
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['registry_users', 'registry_supervisors', 'registry_units', 'registry_zones', 'registry_regions', 'registry_categories']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
