import { replaceToDos } from '../inbox/to-do-table';
import { COMPLAINT_EVENT_TYPES, evolveComplaint, initialComplaintState, type ComplaintEvent, type ComplaintState } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';
import { complaintToDos } from './complaint-to-dos';

export const COMPLAINT_REGISTER = 'complaint-register';
const PREFIX = 'complaint-';

/**
 * GET /complaints, the public status page and the complaint clock: one row per complaint with its folded state
 * (applied only when the event's version is the next one, so applying twice changes nothing), and its to-dos.
 */
export const complaintRegisterProjection = batchProjection({
  name: COMPLAINT_REGISTER,
  version: 1,
  handles: COMPLAINT_EVENT_TYPES,
  streamPrefixes: [PREFIX],
  tables: ['complaint_register', 'complaint_to_dos'],
  async applyBatch(tx: ProjectionTx, events) {
    const register = tx.table('complaint_register');
    const ids = [...new Set(events.filter((e) => e.stream.startsWith(PREFIX)).map((e) => e.stream.slice(PREFIX.length)))];
    if (ids.length === 0) return;
    const rows = await tx.query<{ complaint_id: string; version: number; state: ComplaintState }>(`SELECT complaint_id, version, state FROM ${register} WHERE complaint_id = ANY($1::text[])`, [ids]);
    const states = new Map<string, ComplaintState>(rows.rows.map((r) => [r.complaint_id, { ...r.state, version: r.version } as ComplaintState]));
    const changed = new Set<string>();
    for (const event of events) {
      const id = event.stream.slice(PREFIX.length);
      const state = states.get(id) ?? initialComplaintState;
      if (!event.stream.startsWith(PREFIX) || event.version !== state.version + 1) continue;
      states.set(id, evolveComplaint(state, { type: event.type, data: event.data } as ComplaintEvent));
      changed.add(id);
    }
    for (const id of changed) await upsert(tx, id, states.get(id)!);
  },
});

async function upsert(tx: ProjectionTx, id: string, state: ComplaintState): Promise<void> {
  if (state.status === 'initial') return;
  const register = tx.table('complaint_register');
  const verified = state.status === 'verified' || state.status === 'closed' ? state : null;
  await tx.query(
    `INSERT INTO ${register} AS t (complaint_id, number, channel, unit_id, unit_name, region_id, zone_id, summary, anonymous, supervisor_id, status, verify_by,
       due_soon, overdue, outcome, issue_ids, replies, received_at, verified_at, last_replied_at, closed_at, tracking_hash, version, state)
     SELECT $1, $2, $3, $4, u.name, $5, u.zone_id, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, $16, $17, $22, $18, $19, $20, $21::jsonb
       FROM (SELECT 1) one LEFT JOIN registry_units u ON u.id = $4
     ON CONFLICT (complaint_id) DO UPDATE SET supervisor_id = EXCLUDED.supervisor_id, status = EXCLUDED.status, verify_by = EXCLUDED.verify_by,
       due_soon = EXCLUDED.due_soon, overdue = EXCLUDED.overdue, outcome = EXCLUDED.outcome, issue_ids = EXCLUDED.issue_ids,
       replies = EXCLUDED.replies, last_replied_at = EXCLUDED.last_replied_at,
       verified_at = EXCLUDED.verified_at, closed_at = EXCLUDED.closed_at, version = EXCLUDED.version, state = EXCLUDED.state`,
    [
      id, state.number ?? null, state.channel, state.unitId, state.regionId, state.summary, state.anonymous, state.supervisorId, state.status, state.verifyBy,
      state.dueSoonMarked, state.overdueMarked, verified?.outcome ?? null, JSON.stringify(verified?.issueIds ?? []), state.replies, state.receivedAt,
      verified?.verifiedAt ?? null, state.status === 'closed' ? state.closedAt : null, state.trackingHash ?? null, state.version, JSON.stringify(state),
      state.lastRepliedAt,
    ],
  );
  const user = state.supervisorId
    ? ((await tx.query<{ id: string }>(`SELECT id FROM registry_users WHERE supervisor_id = $1 ORDER BY id LIMIT 1`, [state.supervisorId])).rows[0]?.id ?? null)
    : null;
  await replaceToDos(tx, tx.table('complaint_to_dos'), [id], complaintToDos(id, state, user));
}
