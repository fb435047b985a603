import type { Pool } from 'pg';
import type { Category, Region, Role, Supervisor, Unit, UserRecord, Zone } from './registry.types';

const UNIT_COLUMNS = `id, code, name, type, region_id AS "regionId", zone_id AS "zoneId", parent_unit_id AS "parentUnitId"`;

const USER_COLUMNS = `id, username, role, region_id AS "regionId", unit_id AS "unitId", supervisor_id AS "supervisorId",
  display_name AS "displayName", disabled, password_hash AS "passwordHash"`;

/** Look-ups of the registry tables. Small, hot sets (categories, regions) are cached after the first read. */
export class RegistryRepository {
  private categoriesCache: Category[] | null = null;
  private regionsCache: Region[] | null = null;

  constructor(private readonly pool: Pool) {}

  invalidate(): void {
    this.categoriesCache = null;
    this.regionsCache = null;
  }

  async findUserByUsername(username: string): Promise<UserRecord | null> {
    const result = await this.pool.query(`SELECT ${USER_COLUMNS} FROM registry_users WHERE username = $1`, [username]);
    return (result.rows[0] as UserRecord | undefined) ?? null;
  }

  async findUser(id: string): Promise<UserRecord | null> {
    const result = await this.pool.query(`SELECT ${USER_COLUMNS} FROM registry_users WHERE id = $1`, [id]);
    return (result.rows[0] as UserRecord | undefined) ?? null;
  }

  async findUsers(ids: readonly string[]): Promise<UserRecord[]> {
    if (ids.length === 0) return [];
    const result = await this.pool.query(`SELECT ${USER_COLUMNS} FROM registry_users WHERE id = ANY($1::text[])`, [ids]);
    return result.rows as UserRecord[];
  }

  async findUnit(id: string): Promise<Unit | null> {
    const result = await this.pool.query(`SELECT ${UNIT_COLUMNS} FROM registry_units WHERE id = $1`, [id]);
    return (result.rows[0] as Unit | undefined) ?? null;
  }

  async listUnits(): Promise<Unit[]> {
    const result = await this.pool.query(`SELECT ${UNIT_COLUMNS} FROM registry_units ORDER BY code`);
    return result.rows as Unit[];
  }

  /**
   * The units named, each with the chain of its superior departments (nearest first); ids the registry does
   * not know are absent from the answer. One recursive query, cycle-safe.
   */
  async unitsWithSuperiors(ids: readonly string[]): Promise<Array<Unit & { superiorUnitIds: string[] }>> {
    if (ids.length === 0) return [];
    const result = await this.pool.query(
      `WITH RECURSIVE chain(start_id, unit_id, depth, path) AS (
         SELECT u.id, u.parent_unit_id, 1, ARRAY[u.id] FROM registry_units u WHERE u.id = ANY($1::text[]) AND u.parent_unit_id IS NOT NULL
         UNION ALL
         SELECT c.start_id, p.parent_unit_id, c.depth + 1, c.path || c.unit_id
           FROM chain c JOIN registry_units p ON p.id = c.unit_id
          WHERE p.parent_unit_id IS NOT NULL AND NOT p.parent_unit_id = ANY(c.path || c.unit_id) AND c.depth < 32
       )
       SELECT ${UNIT_COLUMNS},
              coalesce((SELECT array_agg(c.unit_id ORDER BY c.depth) FROM chain c WHERE c.start_id = u.id), '{}') AS "superiorUnitIds"
         FROM registry_units u WHERE u.id = ANY($1::text[])`,
      [[...new Set(ids)]],
    );
    return result.rows as Array<Unit & { superiorUnitIds: string[] }>;
  }

  async findSupervisor(id: string): Promise<Supervisor | null> {
    const result = await this.pool.query(
      `SELECT id, username, name, kind, region_id AS "regionId", zone_id AS "zoneId", assigned_unit_ids AS "assignedUnitIds"
         FROM registry_supervisors WHERE id = $1`,
      [id],
    );
    return (result.rows[0] as Supervisor | undefined) ?? null;
  }

  async listSupervisors(): Promise<Supervisor[]> {
    const result = await this.pool.query(
      `SELECT id, username, name, kind, region_id AS "regionId", zone_id AS "zoneId", assigned_unit_ids AS "assignedUnitIds"
         FROM registry_supervisors ORDER BY id`,
    );
    return result.rows as Supervisor[];
  }

  async listZones(): Promise<Zone[]> {
    const result = await this.pool.query(
      `SELECT id, name, region_id AS "regionId", leader_supervisor_id AS "leaderSupervisorId" FROM registry_zones ORDER BY id`,
    );
    return result.rows as Zone[];
  }

  async listCategories(): Promise<Category[]> {
    if (!this.categoriesCache) {
      const result = await this.pool.query(`SELECT code, name, name_en AS "nameEn" FROM registry_categories ORDER BY sort_order, code`);
      this.categoriesCache = result.rows as Category[];
    }
    return this.categoriesCache;
  }

  async listRegions(): Promise<Region[]> {
    if (!this.regionsCache) {
      const result = await this.pool.query(`SELECT id, name, name_en AS "nameEn", level, parent_id AS "parentId" FROM registry_regions ORDER BY id`);
      this.regionsCache = result.rows as Region[];
    }
    return this.regionsCache;
  }

  /** The region and every region below it. */
  async regionSubtree(regionId: string): Promise<string[]> {
    const regions = await this.listRegions();
    const result = [regionId];
    for (let i = 0; i < result.length; i++) {
      for (const region of regions) if (region.parentId === result[i]) result.push(region.id);
    }
    return result;
  }

  async listUsers(role?: Role): Promise<UserRecord[]> {
    const result = await this.pool.query(
      `SELECT ${USER_COLUMNS} FROM registry_users WHERE ($1::text IS NULL OR role = $1) ORDER BY username`,
      [role ?? null],
    );
    return result.rows as UserRecord[];
  }
}
