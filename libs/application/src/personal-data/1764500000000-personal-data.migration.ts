import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The personal-data vault (DESIGN §3.11). No plaintext personal value is ever written here:
 * - pii_settings: the vault's own random keys (blind index, command fingerprints, record signatures), wrapped by
 *   the master key (so rotating the master key re-wraps them and changes none of their results);
 * - pii_subjects: one row per person per stream (or per flagged text field per stream): `subj_<uuid>`, found again
 *   through keyed hashes (HMAC) of its identity, its label encrypted with its own data key; erasure is recorded;
 * - pii_keys: the subjects' data keys, wrapped by the master key. Erasing a subject deletes its row here.
 */
export class PersonalData1764500000000 implements MigrationInterface {
  name = 'PersonalData1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pii_settings (
        id               boolean PRIMARY KEY DEFAULT true CHECK (id),
        master_key_id    text NOT NULL,
        index_key        text NOT NULL,
        fingerprint_key  text NOT NULL,
        signing_key      text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE pii_subjects (
        subject_ref      text PRIMARY KEY,
        stream           text NOT NULL,
        kind             text NOT NULL CHECK (kind IN ('person', 'text')),
        stream_lookup    text,
        identity_lookup  text,
        label            text,
        created_at       timestamptz NOT NULL,
        erased_at        timestamptz,
        erased_by        text,
        erasure_reason   text
      )`);
    // One live subject per person per stream; after an erasure the same person may become a new subject.
    await q.query(`CREATE UNIQUE INDEX pii_subjects_live ON pii_subjects (stream_lookup) WHERE erased_at IS NULL`);
    await q.query(`CREATE INDEX pii_subjects_stream ON pii_subjects (stream, created_at)`);
    await q.query(`CREATE INDEX pii_subjects_identity ON pii_subjects (identity_lookup) WHERE identity_lookup IS NOT NULL`);
    await q.query(`
      CREATE TABLE pii_keys (
        subject_ref      text PRIMARY KEY REFERENCES pii_subjects (subject_ref),
        wrapped_key      text NOT NULL,
        master_key_id    text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pii_keys`);
    await q.query(`DROP TABLE pii_subjects`);
    await q.query(`DROP TABLE pii_settings`);
  }
}
