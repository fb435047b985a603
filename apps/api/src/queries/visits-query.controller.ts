import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, NotFoundError, REGISTRY, type Clock } from '@app/application';
import { VISIT_RECORDS, VisitRecordsReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { visitColumns } from '../lists/list-columns';
import { answerList, exportName } from '../lists/list-export';
import { registryNames } from '../lists/registry-names';
import { ReadQueryDto, VisitListQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

/** GET /visits (scoped, paged, exported) and GET /visits/:id with the issues registered from the visit. */
@ApiTags('visits')
@ApiBearerAuth()
@Controller('visits')
@Roles('leader', 'coordinator', 'auditor', 'supervisor', 'unit')
export class VisitsQueryController {
  constructor(
    private readonly visits: VisitRecordsReader,
    private readonly freshness: ReadYourWrites,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Query() query: VisitListQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(VISIT_RECORDS, query.minPosition, res);
    const { minPosition: _, format: _f, lang: _l, ...filter } = query;
    const columns = query.format ? visitColumns(await registryNames(this.registry)) : [];
    const now = this.clock.now();
    const read = async (page: number, pageSize: number) => {
      const { items, total } = await this.visits.list({ ...filter, now, page, pageSize }, scopeFilter(actor));
      return { items: items.map((v) => ({ ...v, reportOverdue: !v.reportSubmittedAt && !!v.reportDueAt && Date.parse(v.reportDueAt) < Date.parse(now) })), total };
    };
    return answerList(query, read, columns, exportName('visits', this.clock));
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string, @Query() query: ReadQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(VISIT_RECORDS, query.minPosition, res);
    const visit = await this.visits.get(id, scopeFilter(actor));
    if (!visit) throw new NotFoundError(`visit ${id} does not exist`);
    return { ...visit, reportOverdue: !visit.reportSubmittedAt && !!visit.reportDueAt && Date.parse(visit.reportDueAt) < Date.parse(this.clock.now()) };
  }
}
