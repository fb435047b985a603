import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, type Clock } from '@app/application';
import { OVERDUE_RECTIFICATIONS, OverdueReader } from '@app/projections';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { OverdueQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

/** GET /overdue: overdue rectification orders, most overdue first. */
@ApiTags('read models')
@ApiBearerAuth()
@Controller('overdue')
@Roles('leader', 'coordinator', 'auditor', 'supervisor')
export class OverdueController {
  constructor(
    private readonly overdue: OverdueReader,
    private readonly freshness: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Query() query: OverdueQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(OVERDUE_RECTIFICATIONS, query.minPosition, res);
    const { minPosition: _, ...filter } = query;
    return this.overdue.list(filter, scopeFilter(actor), this.clock.now());
  }
}
