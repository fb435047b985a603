import { Body, Controller, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ExecuteEvaluationCommand, type CommandEnvelope } from '@app/application';
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
  constructor(private readonly commands: CommandBus) {}

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
    const scores = b.scores.map((s) => ({ indicator: s.indicator, score: s.score, narrative: s.narrative ?? '' }));
    return commandResponse(res, await this.commands.execute(new ExecuteEvaluationCommand(id, { type: 'SubmitSelfEvaluation', scores, problems: b.problems ?? [], measures: b.measures ?? [] }, e)));
  }

  @PostCommand(':id/indicator-reviews') @Roles('coordinator', 'leader')
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
