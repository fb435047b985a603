import { batchProjection, type ProjectionTx } from '../projection';
import { foldMatterBatch, MATTER_PREFIX } from './matter-state-batch';
import { MATTER_EVENT_TYPES } from '@app/domain';

export const MATTER_REGISTER = 'matter-register';

/** GET /matters: the 督查事项 register, one row per matter folded with the domain's evolve. */
export const matterRegisterProjection = batchProjection({
  name: MATTER_REGISTER,
  version: 1,
  handles: MATTER_EVENT_TYPES,
  streamPrefixes: [MATTER_PREFIX],
  tables: ['matter_register'],
  async applyBatch(tx: ProjectionTx, events) {
    const table = tx.table('matter_register');
    const folded = await foldMatterBatch(tx, table, events);
    const rows = folded.flatMap(({ matterId, version, state: s }) => {
      if (s.status === 'initial') return [];
      const units = s.assignment ? [s.assignment.leadUnitId, ...s.assignment.assistingUnitIds] : [];
      return [{
        matter_id: matterId, version, state: s, number: s.number, title: s.title, tier: s.tier, source_kind: s.source.kind, status: s.status,
        region_id: s.regionId, unit_id: s.unitId, unit_ids: units, due_at: s.assignment?.dueAt ?? null, overdue: s.overdue,
        pending_extension: s.pendingExtension !== null, reminder_level: s.reminderLevel, registered_at: s.registeredAt,
        last_submitted_at: s.lastSubmittedAt, late: s.lastSubmissionLate, returns: s.returns, closed_at: s.closedAt,
      }];
    });
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO ${table} AS t (matter_id, version, state, number, title, tier, source_kind, status, region_id, unit_id, unit_ids, due_at, overdue,
              pending_extension, reminder_level, registered_at, last_submitted_at, late, returns, closed_at)
       SELECT r.matter_id, r.version, r.state, r.number, r.title, r.tier, r.source_kind, r.status, r.region_id, r.unit_id,
              ARRAY(SELECT jsonb_array_elements_text(r.unit_ids)), r.due_at, r.overdue, r.pending_extension, r.reminder_level, r.registered_at,
              r.last_submitted_at, r.late, r.returns, r.closed_at
         FROM jsonb_to_recordset($1::jsonb) AS r(matter_id text, version integer, state jsonb, number text, title text, tier text, source_kind text,
              status text, region_id text, unit_id text, unit_ids jsonb, due_at timestamptz, overdue boolean, pending_extension boolean,
              reminder_level text, registered_at timestamptz, last_submitted_at timestamptz, late boolean, returns integer, closed_at timestamptz)
       ON CONFLICT (matter_id) DO UPDATE SET version = EXCLUDED.version, state = EXCLUDED.state, number = EXCLUDED.number, title = EXCLUDED.title,
              tier = EXCLUDED.tier, source_kind = EXCLUDED.source_kind, status = EXCLUDED.status, region_id = EXCLUDED.region_id,
              unit_id = EXCLUDED.unit_id, unit_ids = EXCLUDED.unit_ids, due_at = EXCLUDED.due_at, overdue = EXCLUDED.overdue,
              pending_extension = EXCLUDED.pending_extension, reminder_level = EXCLUDED.reminder_level, last_submitted_at = EXCLUDED.last_submitted_at,
              late = EXCLUDED.late, returns = EXCLUDED.returns, closed_at = EXCLUDED.closed_at
         WHERE t.version < EXCLUDED.version`,
      [JSON.stringify(rows)],
    );
  },
});
