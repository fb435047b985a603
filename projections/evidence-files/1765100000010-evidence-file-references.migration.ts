import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createProjectionTable, dropProjectionTable } from '../shared/projection-tables.migration-helper';

/** Which issue streams name which evidence file: a download is allowed to whoever may read one of them. */
export class EvidenceFileReferences1765100000010 implements MigrationInterface {
  name = 'EvidenceFileReferences1765100000010';

  async up(q: QueryRunner): Promise<void> {
    await createProjectionTable(q, 'evidence_file_refs', [
      `CREATE TABLE %T (file_id text NOT NULL, issue_id text NOT NULL, PRIMARY KEY (file_id, issue_id))`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropProjectionTable(q, 'evidence_file_refs');
  }
}
