import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, NotFoundError, PersonalDataVault, REGISTRY, type Clock } from '@app/application';
import { complaintStream } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { COMPLAINT_REGISTER, ComplaintRegisterReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { complaintReplies } from '../complaints/complaint-replies';
import { complaintColumns } from '../lists/list-columns';
import { answerList, exportName } from '../lists/list-export';
import { registryNames } from '../lists/registry-names';
import { ComplaintListQueryDto, ReadQueryDto } from './query-params.dto';
import { ReadYourWrites } from './read-your-writes';
import { scopeFilter } from './scope-filter';

/** 投诉登记簿: GET /complaints (scoped, filtered, paged, exported) and GET /complaints/:id. */
@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
@Roles('leader', 'coordinator', 'auditor', 'supervisor')
export class ComplaintsQueryController {
  constructor(
    private readonly complaints: ComplaintRegisterReader,
    private readonly freshness: ReadYourWrites,
    private readonly vault: PersonalDataVault,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Query() query: ComplaintListQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(COMPLAINT_REGISTER, query.minPosition, res);
    const { minPosition: _, format: _f, lang: _l, page: _p, pageSize: _s, ...filter } = query;
    const columns = query.format ? complaintColumns(await registryNames(this.registry)) : [];
    return answerList(query, (page, pageSize) => this.complaints.list({ ...filter, page, pageSize }, scopeFilter(actor)), columns, exportName('complaints', this.clock));
  }

  /** One complaint with its replies (oldest first, by name); the complainant's name and contact to the staff handling it (from the vault). */
  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string, @Query() query: ReadQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) res: Response) {
    await this.freshness.waitFor(COMPLAINT_REGISTER, query.minPosition, res);
    const complaint = await this.complaints.get(id, scopeFilter(actor));
    if (!complaint) throw new NotFoundError(`complaint ${id} does not exist`);
    const events = await this.vault.reveal(await this.store.readStream(complaintStream(id)));
    const data = events[0]?.data as { complainant?: unknown } | undefined;
    const supervisors = (await this.registry.listSupervisors()).filter((s) => s.regionId === complaint.regionId).map((s) => ({ id: s.id, name: s.name }));
    const replies = await complaintReplies(events, this.registry);
    return { ...complaint, complainant: actor.role === 'auditor' ? null : (data?.complainant ?? null), supervisors, replyHistory: replies };
  }
}
