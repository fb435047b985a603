import type { Pool, PoolClient } from 'pg';
import { hashPassword } from './password-hash';
import type { RegistryData } from './registry.types';

/**
 * Upserts a whole registry in one transaction (re-running updates, never duplicates). Users keep their
 * password unless the data gives one and they have none yet.
 */
export async function seedRegistry(pool: Pool, data: RegistryData, defaultPassword?: string): Promise<{ users: number; units: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await upsertRegistry(client, data, { defaultPassword });
    await client.query('COMMIT');
    return { users: data.users.length, units: data.units.length };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The upserts, inside the caller's transaction. `overwritePasswords`: a password given in the data replaces the
 * stored one (an import); otherwise a stored password is kept (the demo seed re-run at every start).
 */
export async function upsertRegistry(
  client: PoolClient,
  data: RegistryData,
  options: { defaultPassword?: string; overwritePasswords?: boolean } = {},
): Promise<void> {
  const { defaultPassword, overwritePasswords = false } = options;
  {
    // Parents before children, at any depth: a county's parent city must exist first.
    const regions = parentsFirst(data.regions);
    for (const r of regions) {
      await client.query(
        `INSERT INTO registry_regions (id, name, name_en, level, parent_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en, level = EXCLUDED.level, parent_id = EXCLUDED.parent_id`,
        [r.id, r.name, r.nameEn ?? null, r.level, r.parentId],
      );
    }
    for (const z of data.zones) {
      await client.query(
        `INSERT INTO registry_zones (id, name, region_id, leader_supervisor_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, region_id = EXCLUDED.region_id, leader_supervisor_id = EXCLUDED.leader_supervisor_id`,
        [z.id, z.name, z.regionId, z.leaderSupervisorId ?? null],
      );
    }
    for (const u of data.units) {
      await client.query(
        `INSERT INTO registry_units (id, code, name, type, region_id, zone_id) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, type = EXCLUDED.type,
           region_id = EXCLUDED.region_id, zone_id = EXCLUDED.zone_id`,
        [u.id, u.code, u.name, u.type, u.regionId, u.zoneId ?? null],
      );
    }
    // Superior departments once every unit of the file exists (a parent may come after its children).
    const parents = data.units.filter((u) => u.parentUnitId !== undefined);
    if (parents.length) {
      await client.query(
        `UPDATE registry_units u SET parent_unit_id = r.parent FROM jsonb_to_recordset($1::jsonb) AS r(id text, parent text) WHERE u.id = r.id`,
        [JSON.stringify(parents.map((u) => ({ id: u.id, parent: u.parentUnitId ?? null })))],
      );
    }
    for (const s of data.supervisors) {
      await client.query(
        `INSERT INTO registry_supervisors (id, username, name, kind, region_id, zone_id, assigned_unit_ids) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET username = EXCLUDED.username, name = EXCLUDED.name, kind = EXCLUDED.kind,
           region_id = EXCLUDED.region_id, zone_id = EXCLUDED.zone_id, assigned_unit_ids = EXCLUDED.assigned_unit_ids`,
        [s.id, s.username ?? null, s.name, s.kind, s.regionId, s.zoneId ?? null, s.assignedUnitIds],
      );
    }
    for (const [index, c] of data.categories.entries()) {
      await client.query(
        `INSERT INTO registry_categories (code, name, name_en, sort_order) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en, sort_order = EXCLUDED.sort_order`,
        [c.code, c.name, c.nameEn ?? null, index],
      );
    }
    const existing = await client.query(`SELECT username FROM registry_users WHERE password_hash IS NOT NULL`);
    const hasPassword = new Set(existing.rows.map((row: { username: string }) => row.username));
    const hashes = await Promise.all(
      data.users.map((u) => {
        const password = u.password ?? defaultPassword;
        const given = u.password !== undefined && u.password !== null && u.password !== '';
        return password && (!hasPassword.has(u.username) || (overwritePasswords && given)) ? hashPassword(password) : Promise.resolve(null);
      }),
    );
    for (const [i, u] of data.users.entries()) {
      await client.query(
        `INSERT INTO registry_users (id, username, password_hash, role, region_id, unit_id, supervisor_id, display_name, disabled)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (username) DO UPDATE SET role = EXCLUDED.role, region_id = EXCLUDED.region_id, unit_id = EXCLUDED.unit_id,
           supervisor_id = EXCLUDED.supervisor_id, display_name = EXCLUDED.display_name, disabled = EXCLUDED.disabled,
           password_hash = ${overwritePasswords ? 'coalesce(EXCLUDED.password_hash, registry_users.password_hash)' : 'coalesce(registry_users.password_hash, EXCLUDED.password_hash)'},
           updated_at = now()`,
        [u.id ?? `user-${u.username}`, u.username, hashes[i], u.role, u.regionId, u.unitId ?? null, u.supervisorId ?? null,
          u.displayName ?? null, u.disabled ?? false],
      );
    }
  }
}

function parentsFirst<T extends { id: string; parentId: string | null }>(regions: T[]): T[] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const depth = new Map<string, number>();
  const depthOf = (region: T, guard = 0): number => {
    const known = depth.get(region.id);
    if (known !== undefined) return known;
    const parent = region.parentId ? byId.get(region.parentId) : undefined;
    const value = parent && guard < regions.length ? depthOf(parent, guard + 1) + 1 : 0;
    depth.set(region.id, value);
    return value;
  };
  return [...regions].sort((a, b) => depthOf(a) - depthOf(b));
}
