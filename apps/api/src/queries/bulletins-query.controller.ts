import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, type Clock } from '@app/application';
import { BULLETINS, BulletinsReader } from '@app/projections';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { bulletinColumns } from '../lists/list-columns';
import { answerList, exportName } from '../lists/list-export';
import { PagedQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

/** GET /bulletins (drafts and published, coordinators and leaders) and GET /public/bulletins (anyone, public scope only). */
@ApiTags('bulletins')
@Controller()
export class BulletinsQueryController {
  constructor(
    private readonly bulletins: BulletinsReader,
    private readonly freshness: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('bulletins')
  @ApiBearerAuth()
  @Roles('coordinator', 'leader')
  async list(@Query() query: PagedQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(BULLETINS, query.minPosition, res);
    return answerList(query, (page, pageSize) => this.bulletins.list(scopeFilter(actor), page, pageSize), bulletinColumns, exportName('bulletins', this.clock));
  }

  @Get('public/bulletins')
  @Public()
  async listPublic(@Query() query: PagedQueryDto, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(BULLETINS, query.minPosition, res);
    return answerList(query, (page, pageSize) => this.bulletins.listPublic(page, pageSize), bulletinColumns, exportName('public-bulletins', this.clock));
  }
}
