import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, GetEvaluationQuery, REGISTRY, type Clock } from '@app/application';
import { EVALUATION_SCORES, EvaluationScoresReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { evaluationColumns } from '../lists/list-columns';
import { answerList, exportName } from '../lists/list-export';
import { registryNames } from '../lists/registry-names';
import { EvaluationListQueryDto } from '../queries/query-params.dto';
import { ReadYourWrites } from '../queries/read-your-writes';
import { scopeFilter } from '../queries/scope-filter';

/** GET /evaluations: scores across governments and years (paged, exported); GET /evaluations/:id folded from its stream. */
@ApiTags('evaluations')
@ApiBearerAuth()
@Controller('evaluations')
@Roles('leader', 'coordinator', 'auditor', 'unit', 'supervisor')
export class EvaluationsQueryController {
  constructor(
    private readonly queries: QueryBus,
    private readonly scores: EvaluationScoresReader,
    private readonly freshness: ReadYourWrites,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Query() query: EvaluationListQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(EVALUATION_SCORES, query.minPosition, res);
    const { minPosition: _, format: _f, lang: _l, ...filter } = query;
    const columns = query.format ? evaluationColumns(await registryNames(this.registry)) : [];
    // a supervisor sees the evaluations whose team they are on (not their schools' jurisdiction)
    const mine = actor.role === 'supervisor' ? { teamMember: actor.id } : {};
    return answerList(query, (page, pageSize) => this.scores.list({ ...filter, ...mine, page, pageSize }, scopeFilter(actor)), columns, exportName('evaluations', this.clock));
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: AuthenticatedActor) {
    return this.queries.execute(new GetEvaluationQuery(id, actor));
  }
}
