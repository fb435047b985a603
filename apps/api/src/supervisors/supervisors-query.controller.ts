import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { attachedJurisdiction, CLOCK, NotFoundError, REGISTRY, type Clock } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { SUPERVISOR_DUTIES, SupervisorComplianceReader, type SupervisorScope } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { answerList, exportName } from '../lists/list-export';
import { registryNames } from '../lists/registry-names';
import { PagedQueryDto, ReadQueryDto } from '../queries/query-params.dto';
import { ReadYourWrites } from '../queries/read-your-writes';
import { complianceRow, complianceWindow } from './supervisor-compliance';
import { supervisorColumns } from './supervisor-columns';

/** 督学履职: the office sees its regions' supervisors; a supervisor themselves (a zone leader the zone's). */
function supervisorScope(actor: AuthenticatedActor): SupervisorScope {
  const jurisdiction = attachedJurisdiction(actor);
  if (jurisdiction?.kind === 'regions') return { regionIds: jurisdiction.regionIds };
  if (jurisdiction?.kind === 'all') return {};
  return { supervisorIds: actor.supervisorId ? [actor.supervisorId] : [], zoneIds: jurisdiction?.kind === 'units' ? jurisdiction.zoneIds : [] };
}

@ApiTags('supervisors')
@ApiBearerAuth()
@Controller('supervisors')
@Roles('leader', 'coordinator', 'auditor', 'supervisor')
export class SupervisorsQueryController {
  constructor(
    private readonly reader: SupervisorComplianceReader,
    private readonly freshness: ReadYourWrites,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async list(@Query() query: PagedQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(SUPERVISOR_DUTIES, query.minPosition, res);
    const now = this.clock.now();
    const window = complianceWindow(now, actor.regionId, this.config.coverage.countedMonths);
    const columns = query.format ? supervisorColumns(await registryNames(this.registry)) : [];
    const read = async (page: number, pageSize: number) => {
      const { items, total } = await this.reader.list(supervisorScope(actor), window, page, pageSize);
      return { items: items.map((row) => complianceRow(row, now)), total, schoolYear: window.schoolYear, countedMonths: window.endedCountedMonths };
    };
    return answerList(query, read, columns, exportName('supervisors', this.clock));
  }

  @Get(':id')
  async get(@Param('id') id: string, @Query() query: ReadQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(SUPERVISOR_DUTIES, query.minPosition, res);
    const now = this.clock.now();
    const window = complianceWindow(now, actor.regionId, this.config.coverage.countedMonths);
    const { items } = await this.reader.list(supervisorScope(actor), window, 1, 1, id);
    if (!items[0]) throw new NotFoundError(`supervisor ${id} does not exist`);
    return { ...complianceRow({ ...items[0] }, now), duties: items[0].duties, schoolYear: window.schoolYear, countedMonths: window.endedCountedMonths };
  }
}
