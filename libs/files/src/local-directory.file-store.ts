import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { assertFileId, type FileStore } from './file-store.port';

/** The embedded default: `<dir>/<first two hex digits>/<sha256>`, written through a temporary file and a rename. */
export class LocalDirectoryFileStore implements FileStore {
  readonly kind = 'local';
  private readonly root: string;

  constructor(directory: string) {
    this.root = resolve(directory);
  }

  pathOf(fileId: string): string {
    assertFileId(fileId);
    return join(this.root, fileId.slice(0, 2), fileId);
  }

  async put(fileId: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(fileId);
    if (await this.has(fileId)) return;
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.part`;
    try {
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, path);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }

  async get(fileId: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(fileId));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async has(fileId: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(fileId))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }
}
