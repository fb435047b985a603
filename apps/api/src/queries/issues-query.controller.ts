import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, REGISTRY, type Clock } from '@app/application';
import { ISSUE_SUMMARY, IssueSummaryReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { issueColumns } from '../lists/list-columns';
import { answerList, exportName } from '../lists/list-export';
import { registryNames } from '../lists/registry-names';
import { IssueListQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

/** GET /issues from the issue-summary read model: a page, or the whole filtered list as CSV/XLSX. */
@ApiTags('issues')
@ApiBearerAuth()
@Controller('issues')
export class IssuesQueryController {
  constructor(
    private readonly issues: IssueSummaryReader,
    private readonly freshness: ReadYourWrites,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('admin', 'leader', 'coordinator', 'auditor', 'supervisor', 'unit')
  async list(@Query() query: IssueListQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(ISSUE_SUMMARY, query.minPosition, res);
    const { minPosition: _, format: _f, lang: _l, ...filter } = query;
    const columns = query.format ? issueColumns(await registryNames(this.registry)) : [];
    return answerList(query, (page, pageSize) => this.issues.list({ ...filter, page, pageSize }, scopeFilter(actor)), columns, exportName('issues', this.clock));
  }
}
