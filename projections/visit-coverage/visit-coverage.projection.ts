import { isCalendarDate, type VisitRecorded } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';

export const VISIT_COVERAGE = 'visit-coverage';

/** GET /coverage: visits per month; a visit is inserted once (its id is the key), so replays change nothing. */
export const visitCoverageProjection = batchProjection({
  name: VISIT_COVERAGE,
  version: 1,
  handles: ['VisitRecorded'],
  streamPrefixes: ['visit-'],
  tables: ['visit_coverage_visits', 'visit_coverage_counts'],
  async applyBatch(tx: ProjectionTx, events) {
    const rows = events
      .map((event) => event.data as VisitRecorded['data'])
      .filter((d) => d && typeof d.visitId === 'string' && typeof d.unitId === 'string' && isCalendarDate(d.date))
      .map((d) => ({ visit_id: d.visitId, unit_id: d.unitId, region_id: d.regionId ?? '', supervisor_user_id: d.supervisorId ?? '', kind: d.kind ?? 'routine', visit_date: d.date, month: d.date.slice(0, 7) }));
    if (rows.length === 0) return;
    // Counted only for the visits actually inserted: a replayed visit changes neither table.
    await tx.query(
      `WITH inserted AS (
         INSERT INTO ${tx.table('visit_coverage_visits')} (visit_id, unit_id, region_id, supervisor_user_id, kind, visit_date, month)
         SELECT DISTINCT ON (visit_id) * FROM jsonb_to_recordset($1::jsonb) AS r(visit_id text, unit_id text, region_id text, supervisor_user_id text, kind text, visit_date date, month text)
         ON CONFLICT (visit_id) DO NOTHING
         RETURNING month, unit_id, supervisor_user_id)
       INSERT INTO ${tx.table('visit_coverage_counts')} AS c (month, unit_id, supervisor_user_id, n)
       SELECT month, unit_id, supervisor_user_id, count(*) FROM inserted GROUP BY 1, 2, 3
       ON CONFLICT (month, unit_id, supervisor_user_id) DO UPDATE SET n = c.n + EXCLUDED.n`,
      [JSON.stringify(rows)],
    );
  },
});
