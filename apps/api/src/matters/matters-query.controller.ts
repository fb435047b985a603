import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, GetMatterQuery, REGISTRY, type Clock } from '@app/application';
import { MATTER_REGISTER, MatterRegisterReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { matterColumns, matterSummaryColumns } from '../lists/list-columns';
import { answerList, exportName } from '../lists/list-export';
import { registryNames } from '../lists/registry-names';
import { MatterListQueryDto, MatterSummaryQueryDto } from '../queries/query-params.dto';
import { ReadYourWrites } from '../queries/read-your-writes';
import { scopeFilter } from '../queries/scope-filter';

/** GET /matters: the 督查事项 register (scoped, filtered, paged, exported); GET /matters/:id folded from its stream. */
@ApiTags('matters')
@ApiBearerAuth()
@Controller('matters')
@Roles('leader', 'coordinator', 'auditor', 'unit')
export class MattersQueryController {
  constructor(
    private readonly queries: QueryBus,
    private readonly register: MatterRegisterReader,
    private readonly freshness: ReadYourWrites,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Query() query: MatterListQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(MATTER_REGISTER, query.minPosition, res);
    const { minPosition: _, format: _f, lang: _l, ...filter } = query;
    const columns = query.format ? matterColumns(await registryNames(this.registry)) : [];
    const now = this.clock.now();
    return answerList(query, (page, pageSize) => this.register.list({ ...filter, page, pageSize }, scopeFilter(actor), now), columns, exportName('matters', this.clock));
  }

  /** The year's matters by lead unit: on time, late, sent back, open past due (annual assessment). */
  @Get('summary')
  async summary(@Query() query: MatterSummaryQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(MATTER_REGISTER, query.minPosition, res);
    const columns = query.format ? matterSummaryColumns(await registryNames(this.registry)) : [];
    const now = this.clock.now();
    return answerList(query, (page, pageSize) => this.register.summaryByUnit(query.year, scopeFilter(actor), now, page, pageSize), columns, exportName(`matters-${query.year}`, this.clock));
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: AuthenticatedActor) {
    return this.queries.execute(new GetMatterQuery(id, actor));
  }
}
