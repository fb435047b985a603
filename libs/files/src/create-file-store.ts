import type { FilesConfig } from '@app/config';
import type { FileStore } from './file-store.port';
import { LocalDirectoryFileStore } from './local-directory.file-store';
import { S3FileStore } from './s3.file-store';

/** The store the configuration names: a local directory (default) or S3-compatible object storage. */
export function createFileStore(config: FilesConfig): FileStore {
  if (config.store === 's3') {
    if (!config.s3) throw new Error('FILE_STORE=s3 needs S3_BUCKET');
    return S3FileStore.fromConfig(config.s3);
  }
  return new LocalDirectoryFileStore(config.localDir);
}
