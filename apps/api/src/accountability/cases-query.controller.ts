import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CaseLookups, CLOCK, NotFoundError, REGISTRY, type Clock } from '@app/application';
import { ACCOUNTABILITY_REGISTER, AccountabilityRegisterReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { answerList, exportName } from '../lists/list-export';
import { registryNames } from '../lists/registry-names';
import { ReadQueryDto } from '../queries/query-params.dto';
import { ReadYourWrites } from '../queries/read-your-writes';
import { inScope, scopeFilter } from '../queries/scope-filter';
import { caseColumns } from './case-columns';
import { CaseListQueryDto } from './case.dto';

/** GET /accountability-cases (the register: paged, exported) and GET /accountability-cases/:id (the case, names revealed). */
@ApiTags('accountability')
@ApiBearerAuth()
@Controller('accountability-cases')
@Roles('leader', 'coordinator', 'auditor')
export class CasesQueryController {
  constructor(
    private readonly register: AccountabilityRegisterReader,
    private readonly lookups: CaseLookups,
    private readonly freshness: ReadYourWrites,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Query() query: CaseListQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(ACCOUNTABILITY_REGISTER, query.minPosition, res);
    const { minPosition: _, format: _f, lang: _l, page: _p, pageSize: _s, ...filter } = query;
    const columns = query.format ? caseColumns(await registryNames(this.registry)) : [];
    return answerList(query, (page, pageSize) => this.register.list({ ...filter, page, pageSize }, scopeFilter(actor)), columns, exportName('accountability-cases', this.clock));
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string, @Query() _query: ReadQueryDto, @CurrentActor() actor: AuthenticatedActor) {
    // Read from the case's own stream (no read-model lag right after opening it), scoped like every single read.
    const found = await this.lookups.revealedCase(id);
    const scope = scopeFilter(actor);
    const visible = found && (found.subjects.some((s) => inScope(scope, { unitId: s.unitId, regionId: found.regionId })) || inScope(scope, { unitId: '', regionId: found.regionId }));
    if (!found || !visible) throw new NotFoundError(`accountability case ${id} does not exist`);
    return found;
  }
}
