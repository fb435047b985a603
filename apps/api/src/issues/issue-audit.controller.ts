import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { GetIssueHistoryQuery, GetIssueStateQuery, NotFoundError, PersonalDataVault, VerifyIssueQuery } from '@app/application';
import { isInstant, normalizeInstant } from '@app/domain';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { ValidationFailedException } from '../http/problem';
import { ISSUE_SUMMARY, IssueSummaryReader } from '@app/projections';
import { ReadYourWrites } from '../queries/read-your-writes';
import { inScope, scopeFilter } from '../queries/scope-filter';
import { redactForUnit, unitMetadata } from './unit-history.redaction';

/** Audit reads straight from the stream: the stream is the record. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('issues/:id')
@Roles('auditor', 'leader', 'coordinator', 'supervisor')
export class IssueAuditController {
  constructor(
    private readonly queries: QueryBus,
    private readonly summaries: IssueSummaryReader,
    private readonly freshness: ReadYourWrites,
    private readonly vault: PersonalDataVault,
  ) {}

  /** The whole record; a school reads its own issue's history without the office's internal notes. */
  @Get('history')
  @Roles('auditor', 'leader', 'coordinator', 'supervisor', 'unit')
  async history(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: AuthenticatedActor) {
    const events = await this.queries.execute(new GetIssueHistoryQuery(id, actor));
    const unit = actor.role === 'unit';
    return {
      events: events.map((e) => ({
        version: e.version, position: e.position, type: e.type,
        data: unit ? redactForUnit(e.type, e.data as Record<string, unknown>) : e.data,
        metadata: unit ? unitMetadata(e.metadata) : e.metadata,
        recordedAt: e.recordedAt, hash: e.hash, prevHash: e.prevHash,
      })),
    };
  }

  @Get('state')
  state(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: AuthenticatedActor, @Query('asOf') asOf?: string) {
    if (asOf !== undefined && !isInstant(asOf)) {
      throw new ValidationFailedException([{ field: 'asOf', message: 'must be an ISO 8601 instant with an offset, e.g. 2026-10-01T00:00:00Z' }]);
    }
    return this.queries.execute(new GetIssueStateQuery(id, asOf === undefined ? undefined : normalizeInstant(asOf), actor));
  }

  @Get('verify')
  verify(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: AuthenticatedActor) {
    return this.queries.execute(new VerifyIssueQuery(id, actor));
  }

  /**
   * Current state from the issue-summary read model (`?minPosition=` waits for it); an issue too new for it, or a read
   * model still behind the caller's own command, is folded from its stream (the record itself, never stale).
   */
  @Get()
  @Roles('auditor', 'leader', 'coordinator', 'supervisor', 'unit')
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: AuthenticatedActor,
    @Res({ passthrough: true }) res: Response,
    @Query('minPosition') minPosition?: string,
  ) {
    const fresh = await this.freshness.waitFor(ISSUE_SUMMARY, minPosition, res);
    if (!fresh) res.removeHeader('Read-Model-Stale');
    const scope = scopeFilter(actor);
    const summary = fresh ? await this.summaries.get(id, scope) : null;
    // The read model keeps personal values protected; they are revealed (or shown erased) only here, per request.
    const state = summary ? await this.vault.revealDeep(summary.state) : await this.queries.execute(new GetIssueStateQuery(id, undefined, actor));
    if (!summary && !inScope(scope, state as { unitId: string; regionId: string })) throw new NotFoundError(`issue ${id} does not exist`);
    res.setHeader('ETag', `"${state.version}"`);
    return state;
  }
}
