export * from './file-store.port';
export * from './file-errors';
export * from './file-types';
export * from './local-directory.file-store';
export * from './s3.file-store';
export * from './evidence-files.repository';
export * from './evidence-files';
export * from './create-file-store';
export { EvidenceFiles1765100000000 } from './migrations/1765100000000-evidence-files.migration';
