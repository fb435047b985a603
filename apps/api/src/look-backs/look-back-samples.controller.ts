import { randomBytes } from 'node:crypto';
import { Body, Controller, Get, Inject, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { DrawLookBackSampleCommand, PG_POOL, type CommandEnvelope } from '@app/application';
import { DEFAULT_SAMPLE_RATE, drawSample, type LookBackSampleDrawn } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { DashboardReader, ISSUE_AGGREGATION } from '@app/projections';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { Envelope } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
import { ReadQueryDto } from '../queries/query-params.dto';
import { ReadYourWrites } from '../queries/read-your-writes';
import { scopeFilter } from '../queries/scope-filter';

class DrawSampleDto {
  @Matches(/^\d{4}Q[1-4]$/, { message: 'quarter must be YYYYQn' }) quarter!: string;
  @IsOptional() @IsNumber() @Min(0.01) @Max(1) rate?: number;
  @IsOptional() @IsString() @Length(1, 200) seed?: string;
}

/** 回头看抽查 (DESIGN §3.9): draw a quarter's sample; read it back with the issues and a re-draw from its seed. */
@ApiTags('look-backs')
@ApiBearerAuth()
@Controller('look-back-samples')
export class LookBackSamplesController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly dashboard: DashboardReader,
    private readonly freshness: ReadYourWrites,
  ) {}

  @Post() @Roles('coordinator')
  async draw(@Body() body: DrawSampleDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    const seed = body.seed ?? randomBytes(8).toString('hex');
    const result = await this.commands.execute(new DrawLookBackSampleCommand({ quarter: body.quarter, rate: body.rate ?? DEFAULT_SAMPLE_RATE, seed }, envelope));
    res.status(result.replayed ? 200 : 201).setHeader('Location', `/api/look-back-samples/${result.id}`);
    return commandResponse(res, result);
  }

  /** 回头看 at a glance (the reader's regions): due, late, done, and the relapse rate of those done — the dashboard's counters. */
  @Get() @Roles('leader', 'coordinator', 'auditor')
  async summary(@CurrentActor() actor: AuthenticatedActor, @Query() query: ReadQueryDto, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(ISSUE_AGGREGATION, query.minPosition, res);
    return this.dashboard.lookBacks(scopeFilter(actor));
  }

  /** `:id` is `<region>-<yyyy>Q<n>`; `redrawn` is the sample drawn again from the recorded seed and population. */
  @Get(':id') @Roles('leader', 'coordinator', 'auditor')
  async get(@Param('id') id: string, @CurrentActor() actor: AuthenticatedActor) {
    if (!/^[\w-]{1,120}Q[1-4]$/.test(id)) throw new NotFoundException(`no look-back sample ${id}`);
    const [drawn] = (await this.store.readStream(`lookback-${id}`)) as unknown as Array<{ data: LookBackSampleDrawn['data']; recordedAt: string }>;
    const scope = scopeFilter(actor);
    if (!drawn || (scope.regionIds && !scope.regionIds.includes(drawn.data.regionId))) throw new NotFoundException(`no look-back sample ${id}`);
    const { population, sample, rate, seed } = drawn.data;
    const issues = await this.pool.query(
      `SELECT issue_id AS "issueId", state->>'number' AS number, title, unit_name AS "unitName", severity, status,
              state->'pendingLookBack'->>'dueAt' AS "lookBackDueAt", state->'lastLookBack'->>'outcome' AS "lookBackOutcome"
         FROM issue_summary WHERE issue_id = ANY($1::text[]) ORDER BY issue_id`,
      [sample],
    );
    return { ...drawn.data, populationSize: population.length, redrawn: drawSample(population, rate, seed), issues: issues.rows };
  }
}
