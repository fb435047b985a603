export * from './postgres-event-store';
export * from './postgres-position';
export * from './migrations/1763800000000-event-store.migration';
export * from './stream-announcements';
