export const PG_POOL = Symbol('PG_POOL');
export const CLOCK = Symbol('CLOCK');
export const REGISTRY = Symbol('REGISTRY');
