import type { Pool } from 'pg';

export interface StoredFile {
  fileId: string;
  size: number;
  mediaType: string;
}

/** The files table: what was stored and who uploaded it (the bytes are in the FileStore). */
export class EvidenceFilesRepository {
  constructor(private readonly pool: Pool) {}

  async recordUpload(file: StoredFile, uploadedBy: string, name: string, at: string): Promise<void> {
    await this.pool.query(
      `WITH stored AS (INSERT INTO evidence_files (file_id, size, media_type, stored_at) VALUES ($1, $2, $3, $5) ON CONFLICT (file_id) DO NOTHING)
       INSERT INTO evidence_file_uploads (file_id, uploaded_by, name, uploaded_at) VALUES ($1, $4, $6, $5)
       ON CONFLICT (file_id, uploaded_by) DO UPDATE SET name = EXCLUDED.name, uploaded_at = EXCLUDED.uploaded_at`,
      [file.fileId, file.size, file.mediaType, uploadedBy, at, name],
    );
  }

  async find(fileId: string): Promise<StoredFile | null> {
    const { rows } = await this.pool.query(`SELECT file_id AS "fileId", size::float8 AS size, media_type AS "mediaType" FROM evidence_files WHERE file_id = $1`, [fileId]);
    return (rows[0] as StoredFile | undefined) ?? null;
  }

  /** The files of `fileIds` that `userId` uploaded. */
  async uploadedBy(userId: string, fileIds: readonly string[]): Promise<StoredFile[]> {
    if (fileIds.length === 0) return [];
    const { rows } = await this.pool.query(
      `SELECT f.file_id AS "fileId", f.size::float8 AS size, f.media_type AS "mediaType"
         FROM evidence_files f JOIN evidence_file_uploads u ON u.file_id = f.file_id
        WHERE u.uploaded_by = $1 AND f.file_id = ANY($2::text[])`,
      [userId, [...new Set(fileIds)]],
    );
    return rows as StoredFile[];
  }
}
