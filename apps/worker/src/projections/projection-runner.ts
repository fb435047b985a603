import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ALL_PROJECTIONS, type Projection } from '@app/projections';
import { projectBatch } from './projection-batch';
import { ensureCheckpoint } from './projection-checkpoints';
import { rebuildProjection } from './projection-rebuild';

/**
 * One loop per projection, fed from the global log (never the in-memory bus). A projection whose code version
 * moved past its stored version (or whose rebuild was interrupted) is rebuilt beside the live tables.
 */
@Injectable()
export class ProjectionRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('projections');
  private running = false;
  private readonly loops: Promise<void>[] = [];

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.running = true;
    for (const projection of ALL_PROJECTIONS) {
      const row = await ensureCheckpoint(this.pool, projection);
      if (row.rebuild_generation !== null || row.version !== projection.version) this.loops.push(this.rebuild(projection));
      this.loops.push(this.loop(projection));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop(projection: Projection): Promise<void> {
    const deps = { pool: this.pool, store: this.store };
    const { pollIntervalMs, batchSize } = this.config.projections;
    while (this.running) {
      try {
        const outcome = await projectBatch(deps, projection, 'live', batchSize);
        if (!outcome.locked) await this.sleep(Math.max(pollIntervalMs, 500));
        else if (outcome.caughtUp) await this.sleep(pollIntervalMs);
      } catch (error) {
        this.logger.error(`${projection.name}: ${error instanceof Error ? error.message : String(error)}; retrying`);
        await this.sleep(1000);
      }
    }
  }

  private async rebuild(projection: Projection): Promise<void> {
    try {
      this.logger.log(`${projection.name}: rebuilding into fresh tables (version ${projection.version})`);
      const result = await rebuildProjection({ pool: this.pool, store: this.store }, projection, { shouldStop: () => !this.running });
      if (this.running) this.logger.log(`${projection.name}: rebuilt, ${result.events} events; now live`);
    } catch (error) {
      this.logger.error(`${projection.name}: rebuild stopped: ${String(error)}`);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.running ? ms : 0));
  }
}
