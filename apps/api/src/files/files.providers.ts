import type { Provider } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { createFileStore, EvidenceFiles, EvidenceFilesRepository, FILE_STORE, type FileStore } from '@app/files';
import { EvidenceFilesReader } from '@app/projections';

/** The FileStore the configuration names (local directory by default), the files table, and the reference index. */
export const FILES_PROVIDERS: Provider[] = [
  {
    provide: FILE_STORE,
    inject: [APP_CONFIG],
    useFactory: async (config: AppConfig) => {
      const store = createFileStore(config.files);
      await store.ready?.();
      return store;
    },
  },
  { provide: EvidenceFilesRepository, inject: [PG_POOL], useFactory: (pool: Pool) => new EvidenceFilesRepository(pool) },
  {
    provide: EvidenceFiles,
    inject: [FILE_STORE, EvidenceFilesRepository, APP_CONFIG],
    useFactory: (store: FileStore, files: EvidenceFilesRepository, config: AppConfig) => new EvidenceFiles(store, files, config.files.maxBytes),
  },
  { provide: EvidenceFilesReader, inject: [PG_POOL], useFactory: (pool: Pool) => new EvidenceFilesReader(pool) },
];
