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
