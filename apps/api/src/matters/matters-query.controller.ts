import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { GetMatterQuery } from '@app/application';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';

/** GET /matters/:id: the matter folded from its own stream (never stale) with its timeline. */
@ApiTags('matters')
@ApiBearerAuth()
@Controller('matters')
@Roles('leader', 'coordinator', 'auditor', 'unit')
export class MattersQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: AuthenticatedActor) {
    return this.queries.execute(new GetMatterQuery(id, actor));
  }
}
