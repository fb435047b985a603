import { evolveMatter, initialMatterState, MATTER_EVENT_TYPES, type MatterState } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { ProjectionTx } from '../projection';

export const MATTER_PREFIX = 'matter-';

export interface FoldedMatter {
  matterId: string;
  /** the stream version of the last event applied (older events are skipped: applying twice changes nothing) */
  version: number;
  state: MatterState;
  before: MatterState;
}

/**
 * Folds a batch of matter events onto the states kept in `table` (columns matter_id, version, state) with the
 * domain's own evolve; returns only the matters that moved forward.
 */
export async function foldMatterBatch(tx: ProjectionTx, table: string, events: RecordedEvent[]): Promise<FoldedMatter[]> {
  const mine = events.filter((e) => e.stream.startsWith(MATTER_PREFIX) && (MATTER_EVENT_TYPES as readonly string[]).includes(e.type));
  if (mine.length === 0) return [];
  const ids = [...new Set(mine.map((e) => e.stream.slice(MATTER_PREFIX.length)))];
  const rows = await tx.query<{ matter_id: string; version: number; state: MatterState }>(`SELECT matter_id, version, state FROM ${table} WHERE matter_id = ANY($1::text[])`, [ids]);
  const folded = new Map<string, FoldedMatter & { changed: boolean }>();
  for (const row of rows.rows) folded.set(row.matter_id, { matterId: row.matter_id, version: row.version, state: row.state, before: row.state, changed: false });
  for (const event of mine) {
    const matterId = event.stream.slice(MATTER_PREFIX.length);
    const entry = folded.get(matterId) ?? { matterId, version: 0, state: initialMatterState, before: initialMatterState, changed: false };
    folded.set(matterId, entry);
    if (event.version <= entry.version) continue;
    entry.state = evolveMatter(entry.state, event as never);
    entry.version = event.version;
    entry.changed = true;
  }
  return [...folded.values()].filter((f) => f.changed && f.state.status !== 'initial');
}
