import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, REGISTRY, type Clock } from '@app/application';
import { OVERDUE_RECTIFICATIONS, OverdueReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { overdueColumns } from '../lists/list-columns';
import { answerList, exportName } from '../lists/list-export';
import { registryNames } from '../lists/registry-names';
import { OverdueQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

/** GET /overdue: overdue rectification orders, most overdue first; a page, or the whole list as CSV/XLSX. */
@ApiTags('read models')
@ApiBearerAuth()
@Controller('overdue')
@Roles('leader', 'coordinator', 'auditor', 'supervisor')
export class OverdueController {
  constructor(
    private readonly overdue: OverdueReader,
    private readonly freshness: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  @Get()
  async list(@Query() query: OverdueQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(OVERDUE_RECTIFICATIONS, query.minPosition, res);
    const { minPosition: _, format: _f, lang: _l, ...filter } = query;
    const now = this.clock.now();
    const columns = query.format ? overdueColumns(await registryNames(this.registry)) : [];
    return answerList(query, (page, pageSize) => this.overdue.list({ ...filter, page, pageSize }, scopeFilter(actor), now), columns, exportName('overdue', this.clock));
  }
}
