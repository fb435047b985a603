/**
 * Answers from memory while fresh: a crowd of readers of the same public page costs one query per key and period
 * (issue #13: 200 readers must not slow commands). A failed load, or an answer `keep` refuses (e.g. "not found yet"),
 * is not kept. Wall time, not the domain clock: this is only how long a read model's answer may be reused.
 */
export class FreshCache<T> {
  private readonly entries = new Map<string, { at: number; answer: Promise<T> }>();

  constructor(
    private readonly freshMs: number,
    private readonly keep: (value: T) => boolean = () => true,
    private readonly max = 500,
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.freshMs) return hit.answer;
    const answer = load();
    const forget = () => this.entries.get(key)?.answer === answer && this.entries.delete(key);
    answer.then((value) => this.keep(value) || forget(), forget);
    this.entries.delete(key);
    this.entries.set(key, { at: now, answer });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return answer;
  }
}
