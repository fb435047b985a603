import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, NotFoundError, type Clock } from '@app/application';
import { BULLETINS, BulletinsReader } from '@app/projections';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { bulletinColumns } from '../lists/list-columns';
import { answerList, exportName } from '../lists/list-export';
import { FreshCache } from './fresh-cache';
import { ReadQueryDto, PagedQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

/** GET /bulletins (drafts and published, coordinators and leaders), /bulletins/:id, and the public bulletins (anyone). */
@ApiTags('bulletins')
@Controller()
export class BulletinsQueryController {
  /** Public pages answered from memory: the list for 5 s; a published bulletin (it never changes) for 60 s once found. */
  private readonly publicLists = new FreshCache<{ items: unknown[]; total: number }>(5_000);
  private readonly publicDocuments = new FreshCache<Awaited<ReturnType<BulletinsReader['getPublic']>>>(60_000, (found) => found !== null);

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

  /** The whole document for the office that owns it (a draft with its issues as they are now); a public one to anyone signed in. */
  @Get('bulletins/:id')
  @ApiBearerAuth()
  async get(@Param('id', ParseUUIDPipe) id: string, @Query() query: ReadQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(BULLETINS, query.minPosition, res);
    const owned = ['coordinator', 'leader', 'auditor'].includes(actor.role) ? await this.bulletins.get(id, scopeFilter(actor)) : null;
    const found = owned ?? (await this.bulletins.getPublic(id));
    if (!found) throw new NotFoundError(`no bulletin ${id}`);
    return found;
  }

  @Get('public/bulletins')
  @Public()
  async listPublic(@Query() query: PagedQueryDto, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(BULLETINS, query.minPosition, res);
    // Asked with ?minPosition= (just published) or for an export: read afresh.
    const read = (page: number, pageSize: number) =>
      query.minPosition || query.format ? this.bulletins.listPublic(page, pageSize) : this.publicLists.get(`${page}|${pageSize}`, () => this.bulletins.listPublic(page, pageSize));
    return answerList(query, read, bulletinColumns, exportName('public-bulletins', this.clock));
  }

  /** A bulletin published to the public, as published: units, problems and results; never names of persons. */
  @Get('public/bulletins/:id')
  @Public()
  async getPublic(@Param('id', ParseUUIDPipe) id: string, @Query() query: ReadQueryDto, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(BULLETINS, query.minPosition, res);
    const found = await this.publicDocuments.get(id, () => this.bulletins.getPublic(id));
    if (!found) throw new NotFoundError(`no public bulletin ${id}`);
    res.setHeader('Cache-Control', 'public, max-age=60');
    return found;
  }
}
