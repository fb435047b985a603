import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addProjectionTable, dropAddedProjectionTable } from '../shared/add-projection-table.migration-helper';

/** Which 督政 evaluations name which evidence file (a self-evaluation's, per indicator): downloads follow the evaluation's readers. */
export class EvidenceFileEvaluationRefs1765800000310 implements MigrationInterface {
  name = 'EvidenceFileEvaluationRefs1765800000310';

  async up(q: QueryRunner): Promise<void> {
    await addProjectionTable(q, 'evidence-files', 'evidence_file_evaluation_refs', [
      `CREATE TABLE %T (file_id text NOT NULL, evaluation_id text NOT NULL, PRIMARY KEY (file_id, evaluation_id))`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAddedProjectionTable(q, 'evidence_file_evaluation_refs');
  }
}
