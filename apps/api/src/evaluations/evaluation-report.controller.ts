import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { GetEvaluationQuery, NotFoundError, REGISTRY } from '@app/application';
import { evaluationStream, foldEvaluation, type EvaluationEvent } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import type { RegistryRepository } from '@app/registry';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { DocumentFormatQueryDto } from '../documents/document-format.dto';
import { sendOfficialDocument } from '../documents/official-document.response';
import { evaluationReport, type ConcludedEvaluation } from './evaluation-report.model';

/** The evaluation's report as PDF or .docx: the office's once concluded, the government's once published, anyone's when public. */
@ApiTags('evaluations')
@Controller()
export class EvaluationReportController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  @Get('evaluations/:id/report') @ApiBearerAuth() @Roles('leader', 'coordinator', 'auditor', 'unit')
  async report(@Param('id', ParseUUIDPipe) id: string, @Query() q: DocumentFormatQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res() res: Response) {
    const state = await this.queries.execute(new GetEvaluationQuery(id, actor));
    const ready = state.status === 'concluded' && (actor.role !== 'unit' || state.publication);
    return this.send(res, id, ready ? state : null, q.format, 'private');
  }

  @Get('public/evaluations/:id/report') @Public()
  async publicReport(@Param('id', ParseUUIDPipe) id: string, @Query() q: DocumentFormatQueryDto, @Res() res: Response) {
    const state = foldEvaluation((await this.store.readStream(evaluationStream(id))) as unknown as EvaluationEvent[]);
    return this.send(res, id, state.status === 'concluded' && state.publication?.scope === 'public' ? state : null, q.format, 'public');
  }

  private async send(res: Response, id: string, state: ConcludedEvaluation | null, format: DocumentFormatQueryDto['format'], cache: 'public' | 'private') {
    if (!state) throw new NotFoundError(`no report of evaluation ${id}`);
    const [unit, regions] = await Promise.all([this.registry.findUnit(state.unitId), this.registry.listRegions()]);
    const names = { government: unit?.name ?? '', region: regions.find((r) => r.id === state.regionId)?.name ?? '' };
    const model = evaluationReport(state, names);
    return sendOfficialDocument(res, model, format, model.title, cache);
  }
}
