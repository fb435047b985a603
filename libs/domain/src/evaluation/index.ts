export * from './framework.types';
export * from './framework.decide';
export * from './evaluation.events';
export * from './evaluation.commands';
export * from './evaluation.state';
export { decideEvaluation } from './evaluation.decide';
export { evolveEvaluation, foldEvaluation, evaluationStream } from './evaluation.evolve';
export { DEMO_FRAMEWORK } from './demo-framework';
