import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/application';

/** How often a worker says it is alive; /health counts a worker seen within three beats. */
export const HEARTBEAT_MS = 5_000;
export const HEARTBEAT_ALIVE_SECONDS = (3 * HEARTBEAT_MS) / 1000;

/**
 * A worker process that runs the projections keeps a row in `projection_workers` fresh, so the api (which may run
 * without a worker: WORKER_IN_PROCESS=0) can tell that nobody applies the log (GET /health: degraded).
 */
@Injectable()
export class WorkerHeartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('projections');
  private readonly id = randomUUID();
  private timer: NodeJS.Timeout | null = null;

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.pool.query(`DELETE FROM projection_workers WHERE seen_at < now() - interval '1 day'`);
    await this.pool.query(`INSERT INTO projection_workers (worker_id, host, pid) VALUES ($1, $2, $3)`, [this.id, hostname().slice(0, 200), process.pid]);
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.pool.query(`DELETE FROM projection_workers WHERE worker_id = $1`, [this.id]).catch(() => undefined);
  }

  private async beat(): Promise<void> {
    try {
      // Upsert: a row removed meanwhile (a cleanup, a restored database) comes back.
      await this.pool.query(
        `INSERT INTO projection_workers (worker_id, host, pid) VALUES ($1, $2, $3) ON CONFLICT (worker_id) DO UPDATE SET seen_at = now()`,
        [this.id, hostname().slice(0, 200), process.pid],
      );
    } catch (error) {
      this.logger.warn(`heartbeat not recorded: ${(error as Error).message}`);
    }
  }
}
