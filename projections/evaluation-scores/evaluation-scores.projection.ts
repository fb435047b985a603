import type { EvaluationConcluded, EvaluationLaunched, EvaluationPublished, SelfEvaluationSubmitted } from '@app/domain';
import { replaceToDos } from '../inbox/to-do-table';
import { batchProjection, type ProjectionTx } from '../projection';
import { evaluationToDos, type EvaluationRow } from './evaluation-to-dos';

export const EVALUATION_SCORES = 'evaluation-scores';
const PREFIX = 'evaluation-';

/** GET /evaluations: each evaluation's self-score and concluded score and grade, by government and year, and its report's publication. */
export const evaluationScoresProjection = batchProjection({
  name: EVALUATION_SCORES,
  // 3: and the evaluating team, so a member finds the evaluations they are on; and the to-dos for the inbox
  version: 3,
  handles: ['EvaluationLaunched', 'SelfEvaluationSubmitted', 'EvaluationConcluded', 'EvaluationPublished'],
  streamPrefixes: [PREFIX],
  tables: ['evaluation_scores', 'evaluation_to_dos'],
  async applyBatch(tx: ProjectionTx, events) {
    const table = tx.table('evaluation_scores');
    const touched = new Set<string>();
    for (const event of events) {
      if (!event.stream.startsWith(PREFIX) || !event.data) continue;
      const id = event.stream.slice(PREFIX.length);
      touched.add(id);
      if (event.type === 'EvaluationLaunched') {
        const d = event.data as EvaluationLaunched['data'];
        await tx.query(
          `INSERT INTO ${table} (evaluation_id, version, region_id, unit_id, year, framework_code, framework_version, status, launched_at, team, self_due_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'launched', $8, $9, $10) ON CONFLICT (evaluation_id) DO NOTHING`,
          [id, event.version, d.regionId, d.subjectUnitId, d.year, d.framework?.code ?? '', d.framework?.version ?? 0, d.launchedAt, Array.isArray(d.team) ? d.team.map(String) : [], d.selfEvaluationDueAt ?? null],
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
    if (touched.size) await refreshToDos(tx, [...touched]);
  },
});

/** The evaluations' to-dos, from their rows as this batch left them. */
async function refreshToDos(tx: ProjectionTx, ids: string[]): Promise<void> {
  const rows = await tx.query<EvaluationRow>(
    `SELECT e.evaluation_id, e.unit_id, e.region_id, e.year, e.status, e.team, e.self_due_at, e.launched_at, e.published_scope, u.name AS unit_name
       FROM ${tx.table('evaluation_scores')} e LEFT JOIN registry_units u ON u.id = e.unit_id WHERE e.evaluation_id = ANY($1::text[])`,
    [ids],
  );
  await replaceToDos(tx, tx.table('evaluation_to_dos'), ids, rows.rows.flatMap(evaluationToDos));
}
