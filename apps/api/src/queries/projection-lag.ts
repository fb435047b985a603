import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/application';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/projections';

export interface ProjectionLag {
  name: string;
  version: number;
  generation: number;
  position: string | null;
  /** events of the projection's streams recorded after its checkpoint (capped at MAX_COUNTED, then "≥") */
  lagEvents: number;
  lagEventsCapped: boolean;
  /** how long the oldest event not yet applied has been waiting */
  lagSeconds: number;
  rebuilding: { generation: number; position: string | null; events: number } | null;
}

const MAX_COUNTED = 10_000;

/** GET /health's read-side part: how far each projection is behind the log, in events and seconds. */
@Injectable()
export class ProjectionLagProbe {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async measure(now = Date.now()): Promise<ProjectionLag[]> {
    const rows = (await this.pool.query(`SELECT * FROM projection_checkpoints`)).rows as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    return Promise.all(
      ALL_PROJECTIONS.map(async (projection) => {
        const row = rows.find((r) => r.name === projection.name);
        const position = (row?.position as string | null) ?? null;
        const { events } = await this.store.readAll({ after: position, limit: MAX_COUNTED + 1, streamPrefixes: [...projection.streamPrefixes] });
        const oldest = events[0];
        return {
          name: projection.name,
          version: row?.version ?? projection.version,
          generation: row?.generation ?? 1,
          position,
          lagEvents: Math.min(events.length, MAX_COUNTED),
          lagEventsCapped: events.length > MAX_COUNTED,
          lagSeconds: oldest ? Math.max(0, Math.round((now - Date.parse(oldest.recordedAt)) / 100) / 10) : 0,
          rebuilding: row?.rebuild_generation
            ? { generation: row.rebuild_generation, position: row.rebuild_position, events: Number(row.rebuild_events) }
            : null,
        };
      }),
    );
  }
}
