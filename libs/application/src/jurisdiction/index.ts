export * from './jurisdiction.policy';
export * from './jurisdiction.service';
export * from './jurisdiction.guards';
