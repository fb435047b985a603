import type { Evidence, SelfEvaluationSubmitted } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';

export const EVIDENCE_FILES = 'evidence-files';

const FILE_ID = /^[0-9a-f]{64}$/;
const ISSUE = 'issue-';
const EVALUATION = 'evaluation-';

/**
 * Every stored file (fileId) an event names as evidence: an issue's, and a 督政 self-evaluation's (per indicator);
 * entries with only a typed fingerprint are no files. v2: evaluation streams too.
 */
export const evidenceFilesProjection = batchProjection({
  name: EVIDENCE_FILES,
  version: 2,
  handles: ['IssueRegistered', 'RectificationReported', 'RecheckConducted', 'SelfEvaluationSubmitted'],
  streamPrefixes: [ISSUE, EVALUATION],
  tables: ['evidence_file_refs', 'evidence_file_evaluation_refs'],
  async applyBatch(tx: ProjectionTx, events) {
    const issueRefs: Array<{ file_id: string; issue_id: string }> = [];
    const evaluationRefs: Array<{ file_id: string; evaluation_id: string }> = [];
    for (const event of events) {
      if (event.stream.startsWith(ISSUE)) {
        const issueId = event.stream.slice(ISSUE.length);
        for (const fileId of fileIds((event.data as { evidence?: Evidence[] } | null)?.evidence)) issueRefs.push({ file_id: fileId, issue_id: issueId });
      } else if (event.stream.startsWith(EVALUATION) && event.type === 'SelfEvaluationSubmitted') {
        const evaluationId = event.stream.slice(EVALUATION.length);
        const scores = (event.data as Partial<SelfEvaluationSubmitted['data']> | null)?.scores;
        for (const score of Array.isArray(scores) ? scores : []) {
          for (const fileId of fileIds(score?.evidence)) evaluationRefs.push({ file_id: fileId, evaluation_id: evaluationId });
        }
      }
    }
    if (issueRefs.length) {
      await tx.query(
        `INSERT INTO ${tx.table('evidence_file_refs')} (file_id, issue_id)
         SELECT DISTINCT r.file_id, r.issue_id FROM jsonb_to_recordset($1::jsonb) AS r(file_id text, issue_id text) ON CONFLICT DO NOTHING`,
        [JSON.stringify(issueRefs)],
      );
    }
    if (evaluationRefs.length) {
      await tx.query(
        `INSERT INTO ${tx.table('evidence_file_evaluation_refs')} (file_id, evaluation_id)
         SELECT DISTINCT r.file_id, r.evaluation_id FROM jsonb_to_recordset($1::jsonb) AS r(file_id text, evaluation_id text) ON CONFLICT DO NOTHING`,
        [JSON.stringify(evaluationRefs)],
      );
    }
  },
});

function fileIds(evidence: unknown): string[] {
  if (!Array.isArray(evidence)) return [];
  return evidence.map((item: Partial<Evidence> | null) => item?.fileId).filter((id): id is string => typeof id === 'string' && FILE_ID.test(id));
}
