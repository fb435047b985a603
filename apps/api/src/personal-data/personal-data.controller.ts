import { Body, Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ErasePersonalDataCommand, PersonalDataVault, verifyWithPersonalData, type CommandEnvelope } from '@app/application';
import { PERSONAL_DATA_AUDIT_STREAM } from '@app/domain';
import { EVENT_STORE, isSubjectRef, type EventStore } from '@app/event-store';
import { IssueSummaryReader } from '@app/projections';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { Envelope } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
import { PostCommand } from '../http/post-command.decorator';
import { ValidationFailedException } from '../http/problem';
import { scopeFilter } from '../queries/scope-filter';
import { EraseSubjectDto, SubjectListQueryDto } from './personal-data.dto';

/** The personal-data vault for admins: find a person's subjects (names masked), erase one, read the audit stream. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/personal-data')
@Roles('admin')
export class PersonalDataController {
  constructor(
    private readonly commands: CommandBus,
    private readonly vault: PersonalDataVault,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly issues: IssueSummaryReader,
  ) {}

  /** Each subject with what a person recognises its stream by (an issue's title and unit), never the name itself. */
  @Get('subjects')
  async subjects(@Query() query: SubjectListQueryDto, @CurrentActor() actor: AuthenticatedActor) {
    const stream = query.stream ?? (query.issueId ? `issue-${query.issueId}` : undefined);
    const { items, total } = await this.vault.listSubjects({ stream, name: query.name }, query.page, query.pageSize);
    const described = await Promise.all(items.map(async (item) => {
      const issueId = item.stream.startsWith('issue-') ? item.stream.slice('issue-'.length) : null;
      const state = issueId ? (await this.issues.get(issueId, scopeFilter(actor)))?.state : undefined;
      return { ...item, issue: issueId ? { id: issueId, title: state?.title ?? null, unitId: state?.unitId ?? null } : null };
    }));
    return { items: described, total };
  }

  @PostCommand(':subjectRef/erase')
  async erase(@Param('subjectRef') subjectRef: string, @Body() body: EraseSubjectDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    if (!isSubjectRef(subjectRef)) throw new ValidationFailedException([{ field: 'subjectRef', message: 'must be subj_<uuid>' }]);
    const result = await this.commands.execute(new ErasePersonalDataCommand(subjectRef, body.reason, envelope));
    return { ...commandResponse(response, result), subjectRef, stream: result.stream, erasedAt: result.erasedAt, alreadyErased: result.alreadyErased };
  }

  /** Every erasure and migration, with the audit stream's own verification. */
  @Get('audit')
  async audit() {
    const events = await this.store.readStream(PERSONAL_DATA_AUDIT_STREAM);
    const verification = await verifyWithPersonalData(this.vault, PERSONAL_DATA_AUDIT_STREAM, events);
    return { events: events.map(({ version, type, data, metadata, recordedAt, hash, prevHash }) => ({ version, type, data, actor: metadata.actor, recordedAt, hash, prevHash })), verification };
  }
}
