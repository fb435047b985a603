import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, type Clock } from '@app/application';
import { DashboardReader, ISSUE_AGGREGATION, RECTIFICATION_TIMELINESS, RectificationTimelinessReader } from '@app/projections';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { DashboardQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';
import { withTimeliness } from './with-timeliness';

/**
 * GET /dashboard (问题汇总): counts from the issue-aggregation read model; the on-time rate from the
 * rectification-timeliness one (on time = reported on or before the deadline in force, by the deadline's month).
 */
@ApiTags('read models')
@ApiBearerAuth()
@Controller('dashboard')
@Roles('leader', 'coordinator', 'auditor')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardReader,
    private readonly timeliness: RectificationTimelinessReader,
    private readonly freshness: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async get(@Query() query: DashboardQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(ISSUE_AGGREGATION, query.minPosition, res);
    await this.freshness.waitFor(RECTIFICATION_TIMELINESS, query.minPosition, res);
    const now = this.clock.now();
    const range = { from: query.from, to: query.to };
    const scope = scopeFilter(actor);
    const [counts, timeliness] = await Promise.all([this.dashboard.dashboard(range, scope, now), this.timeliness.timeliness(scope, range, now)]);
    return withTimeliness(counts, timeliness, now);
  }
}
