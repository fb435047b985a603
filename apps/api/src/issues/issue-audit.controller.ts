import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { GetIssueHistoryQuery, GetIssueStateQuery, VerifyIssueQuery } from '@app/application';
import { isInstant, normalizeInstant } from '@app/domain';
import { Roles } from '../auth/auth.decorators';
import { ValidationFailedException } from '../http/problem';

/** Audit reads straight from the stream: the stream is the record. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('issues/:id')
@Roles('auditor', 'leader', 'coordinator', 'supervisor')
export class IssueAuditController {
  constructor(private readonly queries: QueryBus) {}

  @Get('history')
  async history(@Param('id', ParseUUIDPipe) id: string) {
    const events = await this.queries.execute(new GetIssueHistoryQuery(id));
    return {
      events: events.map((e) => ({
        version: e.version, position: e.position, type: e.type, data: e.data, metadata: e.metadata,
        recordedAt: e.recordedAt, hash: e.hash, prevHash: e.prevHash,
      })),
    };
  }

  @Get('state')
  state(@Param('id', ParseUUIDPipe) id: string, @Query('asOf') asOf?: string) {
    if (asOf !== undefined && !isInstant(asOf)) {
      throw new ValidationFailedException([{ field: 'asOf', message: 'must be an ISO 8601 instant with an offset, e.g. 2026-10-01T00:00:00Z' }]);
    }
    return this.queries.execute(new GetIssueStateQuery(id, asOf === undefined ? undefined : normalizeInstant(asOf)));
  }

  @Get('verify')
  verify(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.execute(new VerifyIssueQuery(id));
  }

  /** Current state; folded from the stream until the read-side issue summary serves it. */
  @Get()
  @Roles('auditor', 'leader', 'coordinator', 'supervisor', 'unit')
  async get(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const state = await this.queries.execute(new GetIssueStateQuery(id));
    res.setHeader('ETag', `"${state.version}"`);
    return state;
  }
}
