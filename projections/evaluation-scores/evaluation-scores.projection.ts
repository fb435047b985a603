import type { EvaluationConcluded, EvaluationLaunched, EvaluationPublished, SelfEvaluationSubmitted } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';

export const EVALUATION_SCORES = 'evaluation-scores';
const PREFIX = 'evaluation-';

/** GET /evaluations: each evaluation's self-score and concluded score and grade, by government and year, and its report's publication. */
export const evaluationScoresProjection = batchProjection({
  name: EVALUATION_SCORES,
  // 3: and the evaluating team, so a member finds the evaluations they are on
  version: 3,
  handles: ['EvaluationLaunched', 'SelfEvaluationSubmitted', 'EvaluationConcluded', 'EvaluationPublished'],
  streamPrefixes: [PREFIX],
  tables: ['evaluation_scores'],
  async applyBatch(tx: ProjectionTx, events) {
    const table = tx.table('evaluation_scores');
    for (const event of events) {
      if (!event.stream.startsWith(PREFIX) || !event.data) continue;
      const id = event.stream.slice(PREFIX.length);
      if (event.type === 'EvaluationLaunched') {
        const d = event.data as EvaluationLaunched['data'];
        await tx.query(
          `INSERT INTO ${table} (evaluation_id, version, region_id, unit_id, year, framework_code, framework_version, status, launched_at, team)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'launched', $8, $9) ON CONFLICT (evaluation_id) DO NOTHING`,
          [id, event.version, d.regionId, d.subjectUnitId, d.year, d.framework?.code ?? '', d.framework?.version ?? 0, d.launchedAt, Array.isArray(d.team) ? d.team.map(String) : []],
        );
      } else if (event.type === 'SelfEvaluationSubmitted') {
        const d = event.data as SelfEvaluationSubmitted['data'];
        await tx.query(`UPDATE ${table} SET version = $2, status = 'self_evaluated', self_total = $3, self_grade = $4 WHERE evaluation_id = $1 AND version < $2`, [id, event.version, d.total, d.grade]);
      } else if (event.type === 'EvaluationConcluded') {
        const d = event.data as EvaluationConcluded['data'];
        await tx.query(`UPDATE ${table} SET version = $2, status = 'concluded', total = $3, grade = $4, concluded_at = $5 WHERE evaluation_id = $1 AND version < $2`, [id, event.version, d.total, d.grade, d.concludedAt]);
      } else if (event.type === 'EvaluationPublished') {
        const d = event.data as EvaluationPublished['data'];
        await tx.query(
          `UPDATE ${table} SET version = $2, published_scope = $3, published_at = $4, report_number = COALESCE($5, report_number) WHERE evaluation_id = $1 AND version < $2`,
          [id, event.version, d.scope, d.publishedAt, d.number ?? null],
        );
      }
    }
  },
});
