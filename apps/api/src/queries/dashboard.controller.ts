import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, type Clock } from '@app/application';
import { DashboardReader, ISSUE_AGGREGATION } from '@app/projections';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { DashboardQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

/** GET /dashboard (问题汇总): from the issue-aggregation read model; it keeps answering while that is rebuilt. */
@ApiTags('read models')
@ApiBearerAuth()
@Controller('dashboard')
@Roles('leader', 'coordinator', 'auditor')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardReader,
    private readonly freshness: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async get(@Query() query: DashboardQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(ISSUE_AGGREGATION, query.minPosition, res);
    return this.dashboard.dashboard({ from: query.from, to: query.to }, scopeFilter(actor), this.clock.now());
  }
}
