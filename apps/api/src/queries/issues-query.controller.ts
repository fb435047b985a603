import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ISSUE_SUMMARY, IssueSummaryReader } from '@app/projections';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { IssueListQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

/** GET /issues from the issue-summary read model. */
@ApiTags('issues')
@ApiBearerAuth()
@Controller('issues')
export class IssuesQueryController {
  constructor(
    private readonly issues: IssueSummaryReader,
    private readonly freshness: ReadYourWrites,
  ) {}

  @Get()
  @Roles('admin', 'leader', 'coordinator', 'auditor', 'supervisor', 'unit')
  async list(@Query() query: IssueListQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(ISSUE_SUMMARY, query.minPosition, res);
    const { minPosition: _, ...filter } = query;
    return this.issues.list(filter, scopeFilter(actor));
  }
}
