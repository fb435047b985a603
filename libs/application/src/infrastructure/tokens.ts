export const PG_POOL = Symbol('PG_POOL');
export const CLOCK = Symbol('CLOCK');
export const WORKDAY_CALENDAR = Symbol('WORKDAY_CALENDAR');
export const REGISTRY = Symbol('REGISTRY');
