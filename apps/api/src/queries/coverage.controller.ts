import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CoverageReader, VISIT_COVERAGE } from '@app/projections';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { CoverageQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

/** GET /coverage?month=YYYY-MM: responsibility supervisors' monthly visits to their assigned schools (≥ 1 each). */
@ApiTags('read models')
@ApiBearerAuth()
@Controller('coverage')
@Roles('leader', 'coordinator', 'supervisor')
export class CoverageController {
  constructor(
    private readonly coverage: CoverageReader,
    private readonly freshness: ReadYourWrites,
  ) {}

  @Get()
  async get(@Query() query: CoverageQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(VISIT_COVERAGE, query.minPosition, res);
    return this.coverage.month(query.month, scopeFilter(actor));
  }
}
