import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { BULLETINS, BulletinsReader } from '@app/projections';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
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
  ) {}

  @Get('bulletins')
  @ApiBearerAuth()
  @Roles('coordinator', 'leader')
  async list(@Query() query: PagedQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(BULLETINS, query.minPosition, res);
    return this.bulletins.list(scopeFilter(actor), query.page, query.pageSize);
  }

  @Get('public/bulletins')
  @Public()
  async listPublic(@Query() query: PagedQueryDto, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(BULLETINS, query.minPosition, res);
    return this.bulletins.listPublic(query.page, query.pageSize);
  }
}
