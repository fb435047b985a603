import type { Pool, PoolClient } from 'pg';

export interface SettingsRow {
  master_key_id: string;
  index_key: string;
  fingerprint_key: string;
  signing_key: string;
}

export interface SubjectKeyRow {
  subject_ref: string;
  stream: string;
  stream_lookup: string | null;
  erased_at: Date | null;
  wrapped_key: string | null;
  master_key_id: string | null;
}

export interface SubjectRow {
  subject_ref: string;
  stream: string;
  kind: 'person' | 'text';
  label: string | null;
  created_at: Date;
  erased_at: Date | null;
  erased_by: string | null;
  erasure_reason: string | null;
  wrapped_key: string | null;
  master_key_id: string | null;
}

export interface NewSubject {
  subjectRef: string;
  stream: string;
  kind: 'person' | 'text';
  streamLookup: string;
  identityLookup: string | null;
  label: string | null;
  wrappedKey: string;
  masterKeyId: string;
  createdAt: string;
}

const SUBJECT_COLUMNS = `s.subject_ref, s.stream, s.kind, s.label, s.created_at, s.erased_at, s.erased_by, s.erasure_reason, k.wrapped_key, k.master_key_id`;

/** The vault's tables (1764500000000-personal-data.migration.ts); SQL only, no cryptography. */
export class PersonalDataRepository {
  constructor(private readonly pool: Pool) {}

  /** The settings row; the first process to get here writes `candidate` (every later one reads it). */
  async settings(candidate: SettingsRow): Promise<SettingsRow> {
    await this.pool.query(
      `INSERT INTO pii_settings (id, master_key_id, index_key, fingerprint_key, signing_key) VALUES (true, $1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
      [candidate.master_key_id, candidate.index_key, candidate.fingerprint_key, candidate.signing_key],
    );
    const result = await this.pool.query(`SELECT master_key_id, index_key, fingerprint_key, signing_key FROM pii_settings WHERE id`);
    return result.rows[0] as SettingsRow;
  }

  async liveSubjects(streamLookups: string[]): Promise<SubjectKeyRow[]> {
    if (streamLookups.length === 0) return [];
    const result = await this.pool.query(
      `SELECT s.subject_ref, s.stream, s.stream_lookup, s.erased_at, k.wrapped_key, k.master_key_id
         FROM pii_subjects s JOIN pii_keys k USING (subject_ref)
        WHERE s.stream_lookup = ANY($1::text[]) AND s.erased_at IS NULL`,
      [streamLookups],
    );
    return result.rows as SubjectKeyRow[];
  }

  /** Subject and key in one transaction; false when a live subject with that lookup appeared meanwhile. */
  async createSubject(subject: NewSubject): Promise<boolean> {
    return this.transaction(async (client) => {
      const inserted = await client.query(
        `INSERT INTO pii_subjects (subject_ref, stream, kind, stream_lookup, identity_lookup, label, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (stream_lookup) WHERE erased_at IS NULL DO NOTHING RETURNING subject_ref`,
        [subject.subjectRef, subject.stream, subject.kind, subject.streamLookup, subject.identityLookup, subject.label, subject.createdAt],
      );
      if (inserted.rowCount === 0) return false;
      await client.query(`INSERT INTO pii_keys (subject_ref, wrapped_key, master_key_id) VALUES ($1, $2, $3)`, [subject.subjectRef, subject.wrappedKey, subject.masterKeyId]);
      return true;
    });
  }

  async keysOf(subjectRefs: string[]): Promise<SubjectKeyRow[]> {
    if (subjectRefs.length === 0) return [];
    const result = await this.pool.query(
      `SELECT s.subject_ref, s.stream, s.stream_lookup, s.erased_at, k.wrapped_key, k.master_key_id
         FROM pii_subjects s LEFT JOIN pii_keys k USING (subject_ref)
        WHERE s.subject_ref = ANY($1::text[])`,
      [subjectRefs],
    );
    return result.rows as SubjectKeyRow[];
  }

  async get(subjectRef: string): Promise<SubjectRow | null> {
    const result = await this.pool.query(`SELECT ${SUBJECT_COLUMNS} FROM pii_subjects s LEFT JOIN pii_keys k USING (subject_ref) WHERE s.subject_ref = $1`, [subjectRef]);
    return (result.rows[0] as SubjectRow | undefined) ?? null;
  }

  async list(filter: { stream?: string; streams?: string[]; kind?: 'person' | 'text'; identityLookup?: string }, page: number, pageSize: number): Promise<{ rows: SubjectRow[]; total: number }> {
    const where: string[] = [];
    const values: unknown[] = [];
    if (filter.stream !== undefined) where.push(`s.stream = $${values.push(filter.stream)}`);
    if (filter.streams !== undefined) where.push(`s.stream = ANY($${values.push(filter.streams)}::text[])`);
    if (filter.kind !== undefined) where.push(`s.kind = $${values.push(filter.kind)}`);
    if (filter.identityLookup !== undefined) where.push(`s.identity_lookup = $${values.push(filter.identityLookup)}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = await this.pool.query(`SELECT count(*)::int AS n FROM pii_subjects s ${clause}`, values);
    const rows = await this.pool.query(
      `SELECT ${SUBJECT_COLUMNS} FROM pii_subjects s LEFT JOIN pii_keys k USING (subject_ref) ${clause}
        ORDER BY s.created_at DESC, s.subject_ref LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, pageSize, (page - 1) * pageSize],
    );
    return { rows: rows.rows as SubjectRow[], total: (total.rows[0] as { n: number }).n };
  }

  /**
   * Erasure: the key row goes, and with it every lookup and the encrypted label (nothing left to test a guess against).
   * Idempotent: a subject erased before keeps its first erasure record.
   */
  async destroy(subjectRef: string, erasure: { at: string; by: string; reason: string }): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(`DELETE FROM pii_keys WHERE subject_ref = $1`, [subjectRef]);
      await client.query(
        `UPDATE pii_subjects SET stream_lookup = NULL, identity_lookup = NULL, label = NULL,
            erased_at = coalesce(erased_at, $2), erased_by = coalesce(erased_by, $3), erasure_reason = coalesce(erasure_reason, $4)
          WHERE subject_ref = $1`,
        [subjectRef, erasure.at, erasure.by, erasure.reason],
      );
    });
  }

  private async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
