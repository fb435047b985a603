import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files (DESIGN §2 Files): one row per stored file (its fingerprint, size and media type, as found on
 * upload) and one per person who uploaded it — a request may name only a file its sender uploaded, so knowing a
 * fingerprint is never enough to attach (and then read) somebody else's file.
 */
export class EvidenceFiles1765100000000 implements MigrationInterface {
  name = 'EvidenceFiles1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE evidence_files (
      file_id text PRIMARY KEY CHECK (file_id ~ '^[0-9a-f]{64}$'),
      size bigint NOT NULL,
      media_type text NOT NULL,
      stored_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE TABLE evidence_file_uploads (
      file_id text NOT NULL REFERENCES evidence_files (file_id),
      uploaded_by text NOT NULL,
      name text NOT NULL,
      uploaded_at timestamptz NOT NULL,
      PRIMARY KEY (file_id, uploaded_by)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS evidence_file_uploads`);
    await q.query(`DROP TABLE IF EXISTS evidence_files`);
  }
}
