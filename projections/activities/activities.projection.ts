import { evolveActivity, initialActivityState, type ActivityEvent, type ActivityState, type ExistingActivity } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';

export const ACTIVITIES = 'activities';

/** Where an activity stands, for the list: the furthest step any target school has reached. */
export function activityStage(state: ExistingActivity): string {
  if (state.status === 'closed') return 'closed';
  if (state.published) return 'published';
  const units = Object.values(state.units);
  if (units.length && units.every((u) => u.report)) return 'reported';
  if (units.some((u) => u.letter)) return 'opinion_letter';
  if (units.some((u) => u.preliminary)) return 'preliminary_opinion';
  if (units.some((u) => u.visits.length)) return 'on_site';
  if (state.notice) return 'notified';
  if (state.team) return 'team_formed';
  return 'planned';
}

/** GET /activities and /activities/:id: each activity's folded state, applied in stream order (older versions skipped). */
export const activitiesProjection = batchProjection({
  name: ACTIVITIES,
  version: 1,
  handles: ['ActivityPlanned', 'TeamFormed', 'NoticeSent', 'SiteVisited', 'MemberSummarySubmitted', 'PreliminaryOpinionIssued', 'StatementReceived', 'OpinionLetterIssued', 'UnitReportFinalized', 'ReportPublished', 'ActivityClosed'],
  streamPrefixes: ['activity-'],
  tables: ['activity_list'],
  async applyBatch(tx: ProjectionTx, events) {
    const table = tx.table('activity_list');
    for (const event of events) {
      const id = event.stream.slice('activity-'.length);
      const row = (await tx.query<{ state: ActivityState; version: number }>(`SELECT state, version FROM ${table} WHERE activity_id = $1`, [id])).rows[0];
      if (row && row.version >= event.version) continue;
      const state = evolveActivity(row?.state ?? initialActivityState, { type: event.type, data: event.data } as ActivityEvent);
      if (state.status === 'initial') continue;
      const values = [
        id, state.number, state.regionId, state.kind, state.title, state.status, activityStage(state), state.from, state.to, state.targetUnitIds,
        state.team?.members.map((m) => m.supervisorId) ?? [], state.published?.scope ?? null, state.published?.publishedAt ?? null, state.plannedAt,
        event.version, JSON.stringify(state),
      ];
      await tx.query(
        `INSERT INTO ${table} (activity_id, number, region_id, kind, title, status, stage, from_date, to_date, target_unit_ids, member_supervisor_ids,
                               published_scope, published_at, planned_at, version, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::jsonb)
         ON CONFLICT (activity_id) DO UPDATE SET status = $6, stage = $7, member_supervisor_ids = $11, published_scope = $12, published_at = $13,
                                                 version = $15, state = $16::jsonb`,
        values,
      );
    }
  },
});
