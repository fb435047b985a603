import type { FilesConfig } from '@app/config';
import type { FileStore } from './file-store.port';
import { LocalDirectoryFileStore } from './local-directory.file-store';

/** The store the configuration names. */
export function createFileStore(config: FilesConfig): FileStore {
  if (config.store === 's3') throw new Error('FILE_STORE=s3 is not available in this build');
  return new LocalDirectoryFileStore(config.localDir);
}
