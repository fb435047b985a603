export interface StreamHead {
  version: number;
  hash: string;
}

/**
 * The last (version, hash) seen per stream, bounded, least recently used out first. Safe to trust: a committed
 * event's hash never changes, and a stale entry only means the append takes the slower, server-side path.
 */
export class StreamHeadCache {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly capacity = 50_000) {}

  get(stream: string): StreamHead | undefined {
    const head = this.heads.get(stream);
    if (head) {
      this.heads.delete(stream);
      this.heads.set(stream, head);
    }
    return head;
  }

  set(stream: string, head: StreamHead): void {
    const current = this.heads.get(stream);
    if (current && current.version > head.version) return;
    this.heads.delete(stream);
    this.heads.set(stream, head);
    if (this.heads.size > this.capacity) this.heads.delete(this.heads.keys().next().value as string);
  }

  forget(stream: string): void {
    this.heads.delete(stream);
  }
}
