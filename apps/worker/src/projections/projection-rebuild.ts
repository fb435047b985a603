import type { PoolClient } from 'pg';
import { physicalTable, type Projection } from '@app/projections/projection';
import { applyEvents, lockKey, projectBatch, saveCheckpoint, type BatchDeps } from './projection-batch';
import { ensureCheckpoint, loadCheckpoint, tryProjectionLock } from './projection-checkpoints';

export interface RebuildProgress {
  name: string;
  generation: number;
  events: number;
  position: string | null;
  head: string | null;
  eventsPerSecond: number;
  /** estimated seconds left; null when the adapter's positions say nothing about distance */
  etaSeconds: number | null;
  done: boolean;
}

export interface RebuildOptions {
  batchSize?: number;
  /** start a fresh generation even if one is being built (default: resume it) */
  restart?: boolean;
  onProgress?: (progress: RebuildProgress) => void;
  shouldStop?: () => boolean;
}

/**
 * Replays the whole log into a fresh generation of the projection's tables while the live ones keep answering,
 * then switches the views in one transaction. Resumable: the rebuild's own checkpoint is kept with its rows.
 */
export async function rebuildProjection(deps: BatchDeps, projection: Projection, options: RebuildOptions = {}): Promise<RebuildProgress> {
  const generation = await beginRebuild(deps, projection, options.restart ?? false);
  const started = Date.now();
  let events = 0;
  const progress = async (done: boolean): Promise<RebuildProgress> => {
    const row = (await loadCheckpoint(deps.pool, projection.name))!;
    const head = await deps.store.headPosition();
    const position = done ? row.position : row.rebuild_position;
    const rate = events / Math.max((Date.now() - started) / 1000, 0.001);
    const remaining = head && position ? distance(position, head) : null;
    const total = Number(done ? row.events_applied : row.rebuild_events);
    return { name: projection.name, generation, events: total, position, head, eventsPerSecond: Math.round(rate), etaSeconds: remaining === null || rate === 0 ? null : Math.round(remaining / rate), done };
  };
  for (;;) {
    if (options.shouldStop?.()) return progress(false);
    const outcome = await projectBatch(deps, projection, 'rebuild', options.batchSize ?? 5000);
    events += outcome.handled;
    if (outcome.events > 0) options.onProgress?.(await progress(false));
    if (outcome.caughtUp) {
      await buildDeferredIndexes(deps, projection, generation);
      if (await switchGeneration(deps, projection, generation)) break;
    }
    if (!outcome.locked) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const final = await progress(true);
  options.onProgress?.(final);
  return final;
}

async function beginRebuild(deps: BatchDeps, projection: Projection, restart: boolean): Promise<number> {
  await ensureCheckpoint(deps.pool, projection);
  return inTransaction(deps, async (client) => {
    const row = (await loadCheckpoint(client, projection.name, true))!;
    if (row.rebuild_generation !== null && !restart) return row.rebuild_generation;
    const generation = Math.max(row.generation, row.rebuild_generation ?? 0) + 1;
    for (const table of projection.tables) {
      const fresh = physicalTable(table, generation);
      await client.query(`DROP TABLE IF EXISTS ${fresh}`);
      await client.query(`CREATE TABLE ${fresh} (LIKE ${physicalTable(table, row.generation)} INCLUDING ALL)`);
      // Secondary indexes are built once, after the replay (buildDeferredIndexes): far cheaper than row by row.
      for (const index of await secondaryIndexes(client, fresh)) await client.query(`DROP INDEX ${index.name}`);
    }
    await client.query(
      `UPDATE projection_checkpoints SET rebuild_generation = $2, rebuild_version = $3, rebuild_position = NULL, rebuild_events = 0,
          rebuild_started_at = now() WHERE name = $1`,
      [projection.name, generation, projection.version],
    );
    return generation;
  });
}

/** Under both locks: apply what is left, point the views at the new tables, make them live; then drop the old ones. */
async function switchGeneration(deps: BatchDeps, projection: Projection, generation: number): Promise<boolean> {
  const old = await inTransaction(deps, async (client) => {
    await tryProjectionLock(client, lockKey(projection.name, 'live'), true);
    await tryProjectionLock(client, lockKey(projection.name, 'rebuild'), true);
    const row = (await loadCheckpoint(client, projection.name, true))!;
    if (row.rebuild_generation !== generation) return null;
    let position = row.rebuild_position;
    for (;;) {
      const { events, next } = await deps.store.readAll({ after: position, limit: 5000, streamPrefixes: [...projection.streamPrefixes] });
      if (next === null || next === position) break; // the read did not move: nothing visible is left
      const handled = await applyEvents(client, projection, generation, events, true);
      await saveCheckpoint(client, projection.name, 'rebuild', next, handled);
      position = next;
    }
    for (const table of projection.tables) await repointView(client, table, physicalTable(table, generation));
    const live = row.position;
    const final = live === null ? position : position === null ? live : deps.store.comparePositions(live, position) > 0 ? live : position;
    await client.query(
      `UPDATE projection_checkpoints SET generation = rebuild_generation, version = rebuild_version,
          position = $2, events_applied = rebuild_events, updated_at = now(),
          rebuild_generation = NULL, rebuild_version = NULL, rebuild_position = NULL, rebuild_events = 0, rebuild_started_at = NULL
        WHERE name = $1`,
      [projection.name, final],
    );
    return row.generation;
  });
  if (old === null) return false;
  await inTransaction(deps, async (client) => {
    for (const table of projection.tables) await client.query(`DROP TABLE IF EXISTS ${physicalTable(table, old)}`);
  });
  return true;
}

interface IndexDefinition {
  name: string;
  /** pg_get_indexdef from USING on: what the index is, whatever it is called and whichever table it is on */
  shape: string;
  definition: string;
}

/** The table's indexes that back no constraint (the primary and unique keys stay: upserts need them). */
async function secondaryIndexes(client: PoolClient, table: string): Promise<IndexDefinition[]> {
  const result = await client.query(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = to_regclass($1) AND NOT i.indisunique AND NOT i.indisprimary
      ORDER BY c.relname`,
    [table],
  );
  return (result.rows as { name: string; definition: string }[]).map((row) => ({ ...row, shape: row.definition.slice(row.definition.indexOf(' USING ')) }));
}

/** Gives the rebuilt tables the live tables' secondary indexes (those still missing: a resumed rebuild), then statistics. */
async function buildDeferredIndexes(deps: BatchDeps, projection: Projection, generation: number): Promise<void> {
  const client = await deps.pool.connect();
  try {
    const live = (await loadCheckpoint(client, projection.name))!.generation;
    for (const table of projection.tables) {
      const fresh = physicalTable(table, generation);
      const source = physicalTable(table, live);
      const have = new Set((await secondaryIndexes(client, fresh)).map((index) => index.shape));
      for (const index of await secondaryIndexes(client, source)) {
        if (have.has(index.shape)) continue;
        const name = index.name.startsWith(source) ? `${fresh}${index.name.slice(source.length)}` : `${fresh}_${index.name}`.slice(0, 63);
        await client.query(`CREATE INDEX ${name} ON ${fresh} ${index.shape.slice(1)}`);
      }
      await client.query(`ANALYZE ${fresh}`);
    }
  } finally {
    client.release();
  }
}

/**
 * CREATE OR REPLACE keeps the view's identity, so a reader queued behind the switch reads the new table instead of
 * failing on a dropped relation; a changed column list (a new version's schema) needs drop and create.
 */
async function repointView(client: PoolClient, view: string, table: string): Promise<void> {
  await client.query('SAVEPOINT repoint');
  try {
    await client.query(`CREATE OR REPLACE VIEW ${view} AS SELECT * FROM ${table}`);
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT repoint');
    await client.query(`DROP VIEW IF EXISTS ${view}`);
    await client.query(`CREATE VIEW ${view} AS SELECT * FROM ${table}`);
  }
}

async function inTransaction<T>(deps: BatchDeps, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await deps.pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Events between two PostgreSQL positions ("tx:n"), estimated from the identity column; null for other adapters. */
function distance(from: string, to: string): number | null {
  const a = /^\d+:(\d+)$/.exec(from);
  const b = /^\d+:(\d+)$/.exec(to);
  return a && b ? Math.max(Number(b[1]) - Number(a[1]), 0) : null;
}
