export * from './matter.types';
export * from './matter.commands';
export * from './matter.events';
export * from './matter.state';
export { decideMatter } from './matter.decide';
export { evolveMatter, foldMatter } from './matter.evolve';
export { overdueDetected as matterOverdueDetected } from './matter-deadline.decide';
