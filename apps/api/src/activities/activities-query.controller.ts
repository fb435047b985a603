import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { Response } from 'express';
import { CLOCK, NotFoundError, REGISTRY, type Clock } from '@app/application';
import { ACTIVITIES, ActivitiesReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { answerList, exportName } from '../lists/list-export';
import { registryNames } from '../lists/registry-names';
import { PagedQueryDto, ReadQueryDto } from '../queries/query-params.dto';
import { ReadYourWrites } from '../queries/read-your-writes';
import { scopeFilter } from '../queries/scope-filter';
import { activityColumns } from './activity-columns';

class ActivityListQueryDto extends PagedQueryDto {
  @IsOptional() @IsIn(['joint', 'special', 'comprehensive']) kind?: string;
  @IsOptional() @IsString() @Length(1, 40) stage?: string;
  @IsOptional() @IsString() @Length(1, 200) unitId?: string;
}

/** GET /activities (scoped, paged, exported) and GET /activities/:id with every step so far. */
@ApiTags('activities')
@ApiBearerAuth()
@Controller('activities')
@Roles('leader', 'coordinator', 'auditor', 'supervisor', 'unit')
export class ActivitiesQueryController {
  constructor(
    private readonly activities: ActivitiesReader,
    private readonly freshness: ReadYourWrites,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Query() query: ActivityListQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(ACTIVITIES, query.minPosition, res);
    const { kind, stage, unitId } = query;
    const columns = query.format ? activityColumns(await registryNames(this.registry)) : [];
    const read = (page: number, pageSize: number) => this.activities.list({ kind, stage, unitId, page, pageSize }, scopeFilter(actor), actor.supervisorId ?? null);
    return answerList(query, read, columns, exportName('activities', this.clock));
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string, @Query() query: ReadQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(ACTIVITIES, query.minPosition, res);
    const activity = await this.activities.get(id, scopeFilter(actor), actor.supervisorId ?? null, actor.role === 'unit');
    if (!activity) throw new NotFoundError(`activity ${id} does not exist`);
    // The team by name, whoever reads it (a member of another zone is no secret within the activity).
    const members = new Set<string>(activity.memberSupervisorIds ?? []);
    const supervisorNames = Object.fromEntries((await this.registry.listSupervisors()).filter((s) => members.has(s.id)).map((s) => [s.id, s.name]));
    return { ...activity, supervisorNames };
  }
}
