import type { Evidence } from '@app/domain';
import { batchProjection, type ProjectionTx } from '../projection';

export const EVIDENCE_FILES = 'evidence-files';

const FILE_ID = /^[0-9a-f]{64}$/;

/** Every stored file (fileId) an issue event names as evidence; entries with only a typed fingerprint are no files. */
export const evidenceFilesProjection = batchProjection({
  name: EVIDENCE_FILES,
  version: 1,
  handles: ['IssueRegistered', 'RectificationReported', 'RecheckConducted'],
  streamPrefixes: ['issue-'],
  tables: ['evidence_file_refs'],
  async applyBatch(tx: ProjectionTx, events) {
    const refs: Array<{ file_id: string; issue_id: string }> = [];
    for (const event of events) {
      const evidence = (event.data as { evidence?: Evidence[] } | null)?.evidence;
      if (!Array.isArray(evidence)) continue;
      for (const item of evidence) {
        if (typeof item?.fileId === 'string' && FILE_ID.test(item.fileId)) refs.push({ file_id: item.fileId, issue_id: event.stream.slice('issue-'.length) });
      }
    }
    if (refs.length === 0) return;
    await tx.query(
      `INSERT INTO ${tx.table('evidence_file_refs')} (file_id, issue_id)
       SELECT DISTINCT r.file_id, r.issue_id FROM jsonb_to_recordset($1::jsonb) AS r(file_id text, issue_id text) ON CONFLICT DO NOTHING`,
      [JSON.stringify(refs)],
    );
  },
});
