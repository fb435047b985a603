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
import { answerList, exportName, type ExportColumn } from '../lists/list-export';
import { beijing } from '../lists/export-vocabulary';
import { CLOCK, type Clock, type SubjectListItem } from '@app/application';
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
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Each subject with what a person recognises its stream by (an issue's title and unit), never the name itself. */
  @Get('subjects')
  async subjects(@Query() query: SubjectListQueryDto, @CurrentActor() actor: AuthenticatedActor) {
    const stream = query.stream ?? (query.issueId ? `issue-${query.issueId}` : undefined);
    const read = async (page: number, pageSize: number) => {
      const { items, total } = await this.vault.listSubjects({ stream, name: query.name }, page, pageSize);
      const described = await Promise.all(items.map(async (item) => {
        const issueId = item.stream.startsWith('issue-') ? item.stream.slice('issue-'.length) : null;
        const state = issueId ? (await this.issues.get(issueId, scopeFilter(actor)))?.state : undefined;
        const issue = issueId ? { id: issueId, title: (state?.title as string | undefined) ?? null, unitId: (state?.unitId as string | undefined) ?? null } : null;
        return { ...item, issue, case: await this.caseOf(item.stream) };
      }));
      return { items: described as DescribedSubject[], total };
    };
    return answerList(query, read, SUBJECT_COLUMNS, exportName('personal-data-subjects', this.clock));
  }

  /** A subject of an accountability case is recognised by the case's number (its first event, CaseOpened). */
  private async caseOf(stream: string): Promise<{ id: string; number: string | null } | null> {
    if (!stream.startsWith('accountability-')) return null;
    const [opened] = await this.store.readStream(stream);
    const number = (opened?.data as { number?: unknown } | undefined)?.number;
    return { id: stream.slice('accountability-'.length), number: typeof number === 'string' ? number : null };
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

type DescribedSubject = SubjectListItem & { issue: { id: string; title: string | null; unitId: string | null } | null; case: { id: string; number: string | null } | null };

/** The export names no one: masked labels, the case they belong to, and whether the key still exists. */
const SUBJECT_COLUMNS: ExportColumn<DescribedSubject>[] = [
  { zh: '信息主体', en: 'Subject', value: (row) => row.label },
  { zh: '类别', en: 'Kind', value: (row, lang) => (row.kind === 'person' ? (lang === 'en' ? 'Person' : '人员') : lang === 'en' ? 'Marked text' : '标注文本') },
  { zh: '所属问题或案件', en: 'Issue or case', value: (row, lang) => row.issue?.title ?? (row.case ? `${lang === 'en' ? 'Accountability case' : '问责案件'} ${row.case.number ?? ''}`.trim() : row.stream) },
  { zh: '记录时间', en: 'Recorded at', value: (row) => beijing(row.createdAt) },
  { zh: '删除时间', en: 'Erased at', value: (row) => (row.erasedAt ? beijing(row.erasedAt) : '') },
];
