import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, REGISTRY, type Clock } from '@app/application';
import { AlertsReader, INBOX, InboxReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { inboxColumns } from '../lists/list-columns';
import { answerList, exportName } from '../lists/list-export';
import { registryNames } from '../lists/registry-names';
import { InboxQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

/** GET /inbox: my to-dos (a page, or CSV/XLSX), the counts by kind and my active alerts, for the menu. */
@ApiTags('read models')
@ApiBearerAuth()
@Controller('inbox')
@Roles('admin', 'leader', 'coordinator', 'auditor', 'supervisor', 'unit')
export class InboxController {
  constructor(
    private readonly inbox: InboxReader,
    private readonly alerts: AlertsReader,
    private readonly freshness: ReadYourWrites,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async get(@Query() query: InboxQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(INBOX, query.minPosition, res);
    const scope = scopeFilter(actor);
    const reader = { id: actor.id, role: actor.role };
    const read = (page: number, pageSize: number) => this.inbox.list(reader, scope, { kind: query.kind, page, pageSize });
    if (query.format) return answerList(query, read, inboxColumns(await registryNames(this.registry)), exportName('inbox', this.clock));
    const [page, counts, alerts] = await Promise.all([read(query.page, query.pageSize), this.inbox.counts(reader, scope), this.alerts.activeCount(scope, reader)]);
    return { ...page, counts, alerts };
  }
}
