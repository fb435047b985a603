import type { EvidenceFilesRepository, StoredFile } from './evidence-files.repository';
import { FileRefusedError } from './file-errors';
import { assertFileId, FILE_ID, type FileStore } from './file-store.port';
import { cleanFileName, sha256Hex, sniffMediaType } from './file-types';

export interface UploadedFile {
  fileId: string;
  name: string;
  size: number;
  mediaType: string;
}

/** What an event records about one piece of evidence (DESIGN §2: fileId = sha256, name, size, mediaType). */
export interface RecordedEvidence {
  fileId: string;
  sha256: string;
  name: string;
  size: number;
  mediaType: string;
}

/** Upload, attach and read back evidence files: limits on the way in, fingerprint checked on the way out. */
export class EvidenceFiles {
  constructor(
    private readonly store: FileStore,
    private readonly files: EvidenceFilesRepository,
    private readonly maxBytes: number,
  ) {}

  async upload(bytes: Buffer | undefined, rawName: string, uploadedBy: string, now: string): Promise<UploadedFile> {
    if (!bytes || bytes.length === 0) throw new FileRefusedError(400, 'FILE_MISSING', 'send one non-empty file in the multipart field "file"');
    if (bytes.length > this.maxBytes) throw new FileRefusedError(413, 'FILE_TOO_LARGE', `a file may have at most ${this.maxBytes} bytes`);
    const name = cleanFileName(rawName);
    const mediaType = sniffMediaType(bytes, name);
    if (!mediaType) throw new FileRefusedError(415, 'FILE_TYPE_NOT_ALLOWED', 'evidence may be images (JPEG, PNG, GIF, WebP), PDF or Office documents');
    const file: StoredFile = { fileId: sha256Hex(bytes), size: bytes.length, mediaType };
    await this.store.put(file.fileId, bytes, mediaType);
    await this.files.recordUpload(file, uploadedBy, name, now);
    return { ...file, name };
  }

  /**
   * The evidence a request names, as its event records it. A file named by `fileId` must have been uploaded by
   * the sender; an entry with only `sha256` (recorded before files were stored) is kept as it was.
   */
  async attach(items: ReadonlyArray<{ fileId?: string; sha256?: string; name: string }>, senderId: string): Promise<Array<RecordedEvidence | { name: string; sha256: string }>> {
    const named = items.filter((item) => item.fileId).map((item) => item.fileId as string);
    const found = new Map((await this.files.uploadedBy(senderId, named)).map((file) => [file.fileId, file]));
    return items.map((item) => {
      if (!item.fileId) return { name: item.name, sha256: item.sha256 ?? '' };
      const file = found.get(item.fileId);
      if (!file) throw new FileRefusedError(422, 'FILE_NOT_UPLOADED', `file ${item.fileId} was not uploaded by ${senderId}`);
      return { fileId: file.fileId, sha256: file.fileId, name: cleanFileName(item.name), size: file.size, mediaType: file.mediaType };
    });
  }

  async describe(fileId: string): Promise<StoredFile | null> {
    return FILE_ID.test(fileId) ? this.files.find(fileId) : null;
  }

  async uploadedBy(userId: string, fileId: string): Promise<boolean> {
    return (await this.files.uploadedBy(userId, [fileId])).length > 0;
  }

  /** The stored bytes, after checking they still hash to their id; null when nothing is stored. */
  async readVerified(fileId: string): Promise<Buffer | null> {
    assertFileId(fileId);
    const bytes = await this.store.get(fileId);
    if (!bytes) return null;
    if (sha256Hex(bytes) !== fileId) throw new FileRefusedError(500, 'FILE_INTEGRITY_FAILED', `the stored file ${fileId} does not match its fingerprint; it was altered or damaged`);
    return bytes;
  }
}
