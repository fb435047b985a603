import { evolveSupervisor, initialSupervisorState, SUPERVISOR_EVENT_TYPES, type SupervisorEvent, type SupervisorState } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';

export const SUPERVISOR_DUTIES = 'supervisor-duties';

/** GET /supervisors and /supervisors/:id: each supervisor's folded duties, applied in stream order. */
export const supervisorDutiesProjection = batchProjection({
  name: SUPERVISOR_DUTIES,
  version: 1,
  handles: SUPERVISOR_EVENT_TYPES,
  streamPrefixes: ['supervisor-'],
  tables: ['supervisor_duties'],
  async applyBatch(tx: ProjectionTx, events) {
    const table = tx.table('supervisor_duties');
    for (const event of events) {
      const id = event.stream.slice('supervisor-'.length);
      const row = (await tx.query<{ state: SupervisorState; version: number }>(`SELECT state, version FROM ${table} WHERE supervisor_id = $1`, [id])).rows[0];
      if (row && row.version >= event.version) continue;
      const state = evolveSupervisor(row?.state ?? initialSupervisorState, { type: event.type, data: event.data } as SupervisorEvent);
      await tx.query(
        `INSERT INTO ${table} (supervisor_id, region_id, version, state) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (supervisor_id) DO UPDATE SET version = $3, state = $4::jsonb`,
        [id, state.regionId ?? '', event.version, JSON.stringify(state)],
      );
    }
  },
});
