import type { Pool } from 'pg';
import { scopeConditions, type ReadScope } from '../shared/read-scope';

export class EvidenceFilesReader {
  constructor(private readonly pool: Pool) {}

  /** Does an issue, or a 督政 evaluation of a government, the scope reaches name this file as evidence? */
  async referencedWithin(fileId: string, scope: ReadScope): Promise<boolean> {
    const values: unknown[] = [fileId];
    const issues = ['r.file_id = $1', ...scopeConditions(scope, values, 's')];
    const evaluations = ['e.file_id = $1', ...scopeConditions(scope, values, 'v')];
    const { rows } = await this.pool.query(
      `SELECT 1 FROM evidence_file_refs r JOIN issue_summary s ON s.issue_id = r.issue_id WHERE ${issues.join(' AND ')}
       UNION ALL
       SELECT 1 FROM evidence_file_evaluation_refs e JOIN evaluation_scores v ON v.evaluation_id = e.evaluation_id WHERE ${evaluations.join(' AND ')}
       LIMIT 1`,
      values,
    );
    return rows.length > 0;
  }
}
