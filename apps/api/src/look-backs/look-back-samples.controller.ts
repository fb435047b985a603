import { randomBytes } from 'node:crypto';
import { Body, Controller, Get, Inject, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { DrawLookBackSampleCommand, PG_POOL, type CommandEnvelope } from '@app/application';
import { DEFAULT_SAMPLE_RATE, drawSample, type LookBackSampleDrawn } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { Envelope } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
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
  ) {}

  @Post() @Roles('coordinator')
  async draw(@Body() body: DrawSampleDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    const seed = body.seed ?? randomBytes(8).toString('hex');
    const result = await this.commands.execute(new DrawLookBackSampleCommand({ quarter: body.quarter, rate: body.rate ?? DEFAULT_SAMPLE_RATE, seed }, envelope));
    res.status(result.replayed ? 200 : 201).setHeader('Location', `/api/look-back-samples/${result.id}`);
    return commandResponse(res, result);
  }

  /** 回头看 at a glance (the reader's regions): done, due, overdue, and the relapse rate of those done. */
  @Get() @Roles('leader', 'coordinator', 'auditor')
  async summary(@CurrentActor() actor: AuthenticatedActor) {
    const scope = scopeFilter(actor);
    const rows = await this.pool.query(
      `SELECT count(*) FILTER (WHERE jsonb_typeof(state->'pendingLookBack') = 'object' AND status = 'closed')::int AS due,
              count(*) FILTER (WHERE jsonb_typeof(state->'pendingLookBack') = 'object' AND status = 'closed' AND (state->'pendingLookBack'->>'overdueMarked')::boolean)::int AS overdue,
              count(*) FILTER (WHERE jsonb_typeof(state->'lastLookBack') = 'object')::int AS done,
              count(*) FILTER (WHERE state->'lastLookBack'->>'outcome' = 'relapsed')::int AS relapsed
         FROM issue_summary WHERE ($1::text[] IS NULL OR region_id = ANY($1::text[])) AND ($2::text[] IS NULL OR unit_id = ANY($2::text[]))`,
      [scope.regionIds ?? null, scope.unitIds ?? null],
    );
    const { due, overdue, done, relapsed } = rows.rows[0] as { due: number; overdue: number; done: number; relapsed: number };
    return { due, overdue, done, relapsed, relapseRate: done === 0 ? null : relapsed / done };
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
