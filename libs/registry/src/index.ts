export * from './registry.types';
export * from './registry.repository';
export * from './seed-registry';
export * from './password-hash';
export * from './demo-data';
export * from './migrations/1763800000100-registry.migration';
export * from './import/csv';
export * from './import/registry-import';
