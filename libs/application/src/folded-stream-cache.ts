export interface AppliedCommand {
  fingerprint: string | undefined;
  version: number;
  position: string;
}

/** A stream folded up to `version`, with the commands already applied to it (for replays). */
export interface FoldedStream {
  version: number;
  position: string | null;
  state: unknown;
  commands: Map<string, AppliedCommand>;
}

/**
 * Streams this process folded last, least recently used out first. Only ever a guess: a command decided on a
 * cached fold is appended with the cached version as its expected version, so a stale entry cannot slip
 * through — the append refuses it and the runner reads the stream afresh.
 */
export class FoldedStreamCache {
  private readonly streams = new Map<string, FoldedStream>();

  constructor(private readonly capacity = 5_000) {}

  get(stream: string): FoldedStream | undefined {
    const folded = this.streams.get(stream);
    if (folded) {
      this.streams.delete(stream);
      this.streams.set(stream, folded);
    }
    return folded;
  }

  set(stream: string, folded: FoldedStream): void {
    this.streams.delete(stream);
    this.streams.set(stream, folded);
    if (this.streams.size > this.capacity) this.streams.delete(this.streams.keys().next().value as string);
  }

  forget(stream: string): void {
    this.streams.delete(stream);
  }
}
