import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { HEARTBEAT_ALIVE_SECONDS } from '../../../worker/src/projections/worker-heartbeat';
import type { ProjectionLag } from '../queries/projection-lag';

/**
 * Why the read side is `degraded` (GET /health answers 200 with these reasons): no worker runs the projections,
 * or a projection has events to apply and has not advanced for HEALTH_STALL_SECONDS (30 s).
 *
 * "Not advanced" is observed by this process across health checks (a load balancer's or a monitor's polling): the
 * first check that sees a projection behind at some checkpoint notes the time; later checks that find it still
 * behind at the same checkpoint count from there. Event times cannot serve: they are the command's clock.
 */
@Injectable()
export class ProjectionHealth {
  private readonly behindSince = new Map<string, { position: string | null; since: number }>();

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reasons(lags: ProjectionLag[], now = Date.now()): Promise<string[]> {
    const reasons: string[] = [];
    const alive = await this.pool.query<{ workers: string }>(
      `SELECT count(*) AS workers FROM projection_workers WHERE seen_at > now() - make_interval(secs => $1)`,
      [HEARTBEAT_ALIVE_SECONDS],
    );
    if (Number(alive.rows[0].workers) === 0) {
      reasons.push('no worker runs the projections (npm run start:worker, or WORKER_IN_PROCESS=1): read models do not follow the log');
    }
    for (const lag of lags) {
      const seen = this.behindSince.get(lag.name);
      if (lag.lagEvents === 0) {
        this.behindSince.delete(lag.name);
        continue;
      }
      if (!seen || seen.position !== lag.position) {
        this.behindSince.set(lag.name, { position: lag.position, since: now });
        continue;
      }
      const seconds = Math.floor((now - seen.since) / 1000);
      if (seconds >= this.config.healthStallSeconds) {
        reasons.push(`projection ${lag.name} has ${lag.lagEvents}${lag.lagEventsCapped ? '+' : ''} events to apply and has not advanced for ${seconds} s`);
      }
    }
    return reasons;
  }
}
