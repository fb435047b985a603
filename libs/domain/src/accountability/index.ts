export * from './case.types';
export * from './case.events';
export * from './case.commands';
export * from './case.state';
export { evolveCase, foldCase } from './case.evolve';
export { decideCase } from './case.decide';
export { windowEnd } from './case-clocks';
export { aggravatingFactors } from './case-decision.decide';
export { quickCaseGrounds, quickCaseMeasures } from './quick-decision';
