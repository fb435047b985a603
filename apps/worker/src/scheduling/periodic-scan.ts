import type { Logger } from '@nestjs/common';

/**
 * Runs `scan` now and then again `intervalMs` after each pass ends (never two passes at once); a failed pass is
 * logged and the next one comes as usual. `stop()` waits for the pass under way.
 */
export class PeriodicScan {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private halted = false;

  constructor(
    private readonly scan: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  get stopped(): boolean {
    return this.halted;
  }

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.halted = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.halted) return;
    this.timer = setTimeout(() => {
      this.running = this.scan()
        .catch((error) => this.logger.error(`scan failed: ${String(error)}`))
        .finally(() => this.schedule(this.intervalMs));
    }, ms);
  }
}
