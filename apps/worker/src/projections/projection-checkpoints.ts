import type { Pool, PoolClient } from 'pg';
import type { Projection } from '@app/projections/projection';

export interface CheckpointRow {
  name: string;
  version: number;
  generation: number;
  position: string | null;
  events_applied: string;
  last_event_at: Date | null;
  updated_at: Date;
  rebuild_generation: number | null;
  rebuild_version: number | null;
  rebuild_position: string | null;
  rebuild_events: string;
  rebuild_started_at: Date | null;
}

type Queryable = Pool | PoolClient;

/** The projection's row, created on first sight (generation 1 = the tables its migration made). */
export async function ensureCheckpoint(db: Queryable, projection: Projection): Promise<CheckpointRow> {
  await db.query(`INSERT INTO projection_checkpoints (name, version) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [projection.name, projection.version]);
  return (await loadCheckpoint(db, projection.name))!;
}

export async function loadCheckpoint(db: Queryable, name: string, forUpdate = false): Promise<CheckpointRow | null> {
  const result = await db.query(`SELECT * FROM projection_checkpoints WHERE name = $1${forUpdate ? ' FOR UPDATE' : ''}`, [name]);
  return (result.rows[0] as CheckpointRow | undefined) ?? null;
}

export async function loadAllCheckpoints(db: Queryable): Promise<CheckpointRow[]> {
  return (await db.query(`SELECT * FROM projection_checkpoints ORDER BY name`)).rows as CheckpointRow[];
}

/** Transaction-scoped advisory lock: two workers never apply the same projection (or rebuild) at once. */
export async function tryProjectionLock(client: PoolClient, key: string, wait = false): Promise<boolean> {
  if (wait) {
    await client.query(`SELECT pg_advisory_xact_lock(7220100, hashtext($1))`, [key]);
    return true;
  }
  const result = await client.query(`SELECT pg_try_advisory_xact_lock(7220100, hashtext($1)) AS locked`, [key]);
  return (result.rows[0] as { locked: boolean }).locked;
}
