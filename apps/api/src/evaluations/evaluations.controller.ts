import { Body, Controller, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ExecuteEvaluationCommand, type CommandEnvelope } from '@app/application';
import type { Evidence } from '@app/domain';
import { EvidenceFiles } from '@app/files';
import { Roles } from '../auth/auth.decorators';
import { Envelope, newResourceId } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
import { PostCommand } from '../http/post-command.decorator';
import { ConclusionDto, IndicatorReviewDto, LaunchEvaluationDto, PublishEvaluationDto, SelfEvaluationDto } from './evaluation.dto';

/** 督政: launch an evaluation of a government, its self-evaluation, the team's review per indicator, the conclusion, the report published. */
@ApiTags('evaluations')
@ApiBearerAuth()
@Controller('evaluations')
export class EvaluationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly evidence: EvidenceFiles,
  ) {}

  @Post() @Roles('coordinator', 'leader')
  async launch(@Body() b: LaunchEvaluationDto, @Envelope() envelope: CommandEnvelope, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const id = newResourceId('evaluation', req);
    const command = { type: 'LaunchEvaluation' as const, frameworkCode: b.frameworkCode, subjectUnitId: b.subjectUnitId, year: b.year, team: b.team ?? [], selfEvaluationDueAt: b.selfEvaluationDueAt };
    const result = await this.commands.execute(new ExecuteEvaluationCommand(id, command, envelope));
    res.status(result.replayed ? 200 : 201).setHeader('Location', `/api/evaluations/${id}`);
    return commandResponse(res, result);
  }

  @PostCommand(':id/self-evaluation') @Roles('unit', 'coordinator')
  async selfEvaluate(@Param('id', ParseUUIDPipe) id: string, @Body() b: SelfEvaluationDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    // One look-up for every indicator's files (each must be uploaded by the sender), then handed back per indicator.
    const attached: Evidence[] = await this.evidence.attach(b.scores.flatMap((s) => s.evidence ?? []), e.actor.id);
    let next = 0;
    const scores = b.scores.map((s) => {
      const evidence = attached.slice(next, (next += s.evidence?.length ?? 0));
      return { indicator: s.indicator, score: s.score, narrative: s.narrative ?? '', ...(evidence.length ? { evidence } : {}) };
    });
    return commandResponse(res, await this.commands.execute(new ExecuteEvaluationCommand(id, { type: 'SubmitSelfEvaluation', scores, problems: b.problems ?? [], measures: b.measures ?? [] }, e)));
  }

  @PostCommand(':id/indicator-reviews') @Roles('coordinator', 'leader', 'supervisor')
  async review(@Param('id', ParseUUIDPipe) id: string, @Body() b: IndicatorReviewDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return commandResponse(res, await this.commands.execute(new ExecuteEvaluationCommand(id, { type: 'ReviewIndicator', indicator: b.indicator, score: b.score, findings: b.findings ?? '' }, e)));
  }

  @PostCommand(':id/conclusion') @Roles('coordinator', 'leader')
  async conclude(@Param('id', ParseUUIDPipe) id: string, @Body() b: ConclusionDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return commandResponse(res, await this.commands.execute(new ExecuteEvaluationCommand(id, { type: 'ConcludeEvaluation', summary: b.summary ?? '', findingTexts: b.findings ?? [] }, e)));
  }

  @PostCommand(':id/publish') @Roles('coordinator', 'leader')
  async publish(@Param('id', ParseUUIDPipe) id: string, @Body() b: PublishEvaluationDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return commandResponse(res, await this.commands.execute(new ExecuteEvaluationCommand(id, { type: 'PublishEvaluation', scope: b.scope }, e)));
  }
}
