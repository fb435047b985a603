export * from './create-pool';
export * from './embedded-postgres';
export * from './run-migrations';
export * from './all-migrations';
