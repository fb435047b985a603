import { AsyncLocalStorage } from 'node:async_hooks';

/** Time arrives through this port, so tests move it instead of sleeping. */
export interface Clock {
  now(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** A clock tests can set and advance. */
export class ManualClock implements Clock {
  constructor(private current: string) {}
  now(): string {
    return this.current;
  }
  set(instant: string): void {
    this.current = new Date(instant).toISOString();
  }
  advance(ms: number): void {
    this.current = new Date(Date.parse(this.current) + ms).toISOString();
  }
}

const simulated = new AsyncLocalStorage<{ now: string }>();

/**
 * Runs `work` with the service's clock reading `instant` — only for the calls made inside it (AsyncLocalStorage), so
 * requests served meanwhile keep the real time. Demo history sends real commands through the command path this way.
 */
export function withSimulatedTime<T>(instant: string, work: () => Promise<T>): Promise<T> {
  return simulated.run({ now: new Date(instant).toISOString() }, work);
}

/** The clock every module reads: the simulated instant inside withSimulatedTime, the given clock everywhere else. */
export function simulatable(clock: Clock): Clock {
  return { now: () => simulated.getStore()?.now ?? clock.now() };
}
