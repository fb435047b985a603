/**
 * Where evidence files live (DESIGN §2 Files): content-addressed by SHA-256. `fileId` is the lowercase hex digest
 * of the bytes; `put` of bytes already stored is a no-op; `get` answers the bytes as stored — whoever reads them
 * re-verifies the digest (a store can be tampered with behind our back). Adapters: a local directory (default),
 * S3-compatible object storage (production, MinIO in docker/). Both pass file-store.contract.ts.
 */
export interface FileStore {
  readonly kind: string;
  put(fileId: string, bytes: Buffer, mediaType: string): Promise<void>;
  /** the stored bytes, or null when nothing is stored under this id */
  get(fileId: string): Promise<Buffer | null>;
  has(fileId: string): Promise<boolean>;
  /** Checks (and where it may, prepares) the storage before the first request; optional. */
  ready?(): Promise<void>;
}

export const FILE_STORE = Symbol('FILE_STORE');

export const FILE_ID = /^[0-9a-f]{64}$/;

export function assertFileId(fileId: string): void {
  if (!FILE_ID.test(fileId)) throw new Error(`not a file id: ${JSON.stringify(fileId).slice(0, 80)}`);
}
