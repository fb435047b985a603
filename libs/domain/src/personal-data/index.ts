export * from './personal-fields';
export * from './personal-values';
export * from './personal-data-audit.events';
export * from './personal-data-audit.commands';
export * from './personal-data-audit.state';
export { evolvePersonalDataAudit, foldPersonalDataAudit } from './personal-data-audit.evolve';
export { decidePersonalDataAudit } from './personal-data-audit.decide';
