import type { Pool, PoolClient } from 'pg';
import type { EventStore, Position, RecordedEvent } from '@app/event-store';
import { physicalTable, type Projection, type ProjectionTx } from '@app/projections/projection';
import { loadCheckpoint, tryProjectionLock } from './projection-checkpoints';

export type BatchTarget = 'live' | 'rebuild';

export interface BatchOutcome {
  /** false: another worker holds the projection right now */
  locked: boolean;
  events: number;
  handled: number;
  caughtUp: boolean;
  position: Position | null;
}

export interface BatchDeps {
  pool: Pool;
  store: EventStore;
}

/**
 * Reads one batch after the checkpoint and applies it with the checkpoint in one transaction, under the
 * projection's advisory lock. Caught up once the read reached the head seen before reading.
 */
export async function projectBatch(deps: BatchDeps, projection: Projection, target: BatchTarget, limit: number): Promise<BatchOutcome> {
  const { pool, store } = deps;
  const checkpoint = await loadCheckpoint(pool, projection.name);
  if (!checkpoint) throw new Error(`projection ${projection.name} has no checkpoint row`);
  const after = target === 'live' ? checkpoint.position : checkpoint.rebuild_position;
  const head = await store.headPosition();
  if (head === null || (after !== null && store.comparePositions(head, after) <= 0)) {
    return { locked: true, events: 0, handled: 0, caughtUp: true, position: after };
  }
  // A rebuild reads the log unfiltered (a sequential scan is the fastest read; `handles` filters); live runs filter.
  const streamPrefixes = target === 'live' ? [...projection.streamPrefixes] : undefined;
  const { events, next } = await store.readAll({ after, limit, streamPrefixes });
  // `next` is where the read stopped (past non-matching events too, for the PostgreSQL adapter); it never skips.
  const position = next;
  const caughtUp = position === null || position === after || store.comparePositions(position, head) >= 0;
  if (events.length === 0 && position === after) return { locked: true, events: 0, handled: 0, caughtUp: true, position: after };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    if (!(await tryProjectionLock(client, lockKey(projection.name, target)))) {
      await client.query('ROLLBACK');
      return { locked: false, events: 0, handled: 0, caughtUp: false, position: after };
    }
    const fresh = (await loadCheckpoint(client, projection.name, true))!;
    const freshAfter = target === 'live' ? fresh.position : fresh.rebuild_position;
    const generation = target === 'live' ? fresh.generation : fresh.rebuild_generation;
    if (freshAfter !== after || generation === null || (target === 'live' && fresh.generation !== checkpoint.generation)) {
      await client.query('ROLLBACK'); // someone else moved it meanwhile: read again
      return { locked: true, events: 0, handled: 0, caughtUp: false, position: freshAfter };
    }
    const handled = await applyEvents(client, projection, generation, events, target === 'rebuild');
    await saveCheckpoint(client, projection.name, target, position, handled, events[events.length - 1]);
    await client.query('COMMIT');
    return { locked: true, events: events.length, handled, caughtUp, position };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export function lockKey(name: string, target: BatchTarget): string {
  return target === 'live' ? `projection:${name}` : `projection-rebuild:${name}`;
}

/** Applies the events the projection handles to the given generation of its tables, inside the caller's transaction. */
export async function applyEvents(client: PoolClient, projection: Projection, generation: number, events: RecordedEvent[], rebuilding: boolean): Promise<number> {
  const handled = events.filter((event) => projection.handles.includes(event.type));
  if (handled.length === 0) return 0;
  const tx: ProjectionTx = {
    query: (text, values) => client.query(text, values) as never,
    table: (name) => {
      if (!projection.tables.includes(name)) throw new Error(`${projection.name} does not own ${name}`);
      return physicalTable(name, generation);
    },
    rebuilding,
  };
  if (projection.applyBatch) await projection.applyBatch(tx, handled);
  else for (const event of handled) await projection.apply(tx, event);
  return handled.length;
}

export async function saveCheckpoint(client: PoolClient, name: string, target: BatchTarget, position: Position | null, handled: number, last?: RecordedEvent): Promise<void> {
  if (target === 'live') {
    await client.query(
      `UPDATE projection_checkpoints SET position = $2, events_applied = events_applied + $3,
          last_event_at = coalesce($4::timestamptz, last_event_at), updated_at = now() WHERE name = $1`,
      [name, position, handled, last?.recordedAt ?? null],
    );
  } else {
    await client.query(
      `UPDATE projection_checkpoints SET rebuild_position = $2, rebuild_events = rebuild_events + $3 WHERE name = $1`,
      [name, position, handled],
    );
  }
}
