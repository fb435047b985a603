/**
 * A sliding-window counter per key, in memory (per process: with N api replicas the effective limit is N × the
 * configured one — documented; a shared store would be the next step). Bounded: at most `maxKeys` keys are kept,
 * the stalest dropped first, so a flood of made-up usernames cannot exhaust memory.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until one more attempt would be allowed; 0 when allowed now. Does not count. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - this.limit] + this.windowMs - this.now()) / 1000));
  }

  hit(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    if (recent.length > this.limit) recent.splice(0, recent.length - this.limit);
    this.hits.delete(key); // re-insert: Map order is the eviction order (least recently hit first)
    this.hits.set(key, recent);
    if (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value as string);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private recent(key: string): number[] {
    const list = this.hits.get(key);
    if (!list) return [];
    const from = this.now() - this.windowMs;
    let drop = 0;
    while (drop < list.length && list[drop] <= from) drop++;
    if (drop) list.splice(0, drop);
    return list;
  }
}
