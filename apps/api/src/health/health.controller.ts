import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { CalendarService, PG_POOL } from '@app/application';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { Public } from '../auth/auth.decorators';
import { ProjectionLagProbe, type ProjectionLag } from '../queries/projection-lag';
import { ProjectionHealth } from './projection-health';

/**
 * Liveness and readiness: the database answers and the event store reads (503 `down` otherwise). `degraded` (200,
 * with `reasons`) when the read side does not follow the log: no worker, or a projection stalled. `warnings` carry
 * what needs attention but degrades nothing (the calendar's next year missing from 1 November).
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projectionLag: ProjectionLagProbe,
    private readonly calendars: CalendarService,
    private readonly projectionHealth: ProjectionHealth,
  ) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) response: Response) {
    const checks: Record<string, { status: 'up' | 'down'; detail?: unknown }> = {};
    try {
      await this.pool.query('SELECT 1');
      checks.database = { status: 'up' };
    } catch {
      checks.database = { status: 'down' };
    }
    try {
      checks.eventStore = { status: 'up', detail: { headPosition: await this.store.headPosition() } };
    } catch {
      checks.eventStore = { status: 'down' };
    }
    let reasons: string[] = [];
    try {
      // A rebuilding or catching-up read model is still "up"; one that stopped following the log is "degraded".
      const lags: ProjectionLag[] = await this.projectionLag.measure();
      checks.projections = { status: 'up', detail: lags };
      reasons = await this.projectionHealth.reasons(lags);
    } catch {
      checks.projections = { status: 'down' };
    }
    const warnings: string[] = [];
    try {
      // The published range, and from 1 November a warning while next year's schedule is missing (never a 503:
      // deadlines are still computed, on the provisional statutory holidays).
      const { published, provisionalYears, version, warnings: notices } = await this.calendars.overview();
      checks.calendar = { status: 'up', detail: { published, provisionalYears, version, warnings: notices } };
      warnings.push(...notices.map((n) => `calendar: ${n.message}`));
    } catch {
      checks.calendar = { status: 'down' };
    }
    const ready = Object.values(checks).every((c) => c.status === 'up');
    response.status(ready ? 200 : 503);
    return {
      status: !ready ? 'down' : reasons.length ? 'degraded' : 'ok',
      ...(reasons.length ? { reasons } : {}),
      checks,
      ...(warnings.length ? { warnings } : {}),
    };
  }
}
