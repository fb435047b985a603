import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandEnvelope } from '@app/application';
import { Roles } from '../auth/auth.decorators';
import { Envelope } from '../http/command-envelope.decorator';
import { ActivityCommandSender } from './activity-command.sender';
import { CloseActivityDto, OpinionLetterDto, PreliminaryOpinionDto, PublishActivityDto, StatementDto, UnitReportDto } from './activity.dto';

/** 督导意见: preliminary opinion → the school's statement → opinion letter → per-school report → publication → close. */
@ApiTags('activities')
@ApiBearerAuth()
@Controller('activities/:id')
@Roles('coordinator', 'leader', 'supervisor')
export class ActivityOpinionsController {
  constructor(private readonly sender: ActivityCommandSender) {}

  @Post('preliminary-opinions') @HttpCode(200)
  preliminary(@Param('id', ParseUUIDPipe) id: string, @Body() body: PreliminaryOpinionDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.sender.send(id, { type: 'IssuePreliminaryOpinion', ...body }, envelope, response);
  }

  @Post('statements') @HttpCode(200)
  statement(@Param('id', ParseUUIDPipe) id: string, @Body() body: StatementDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.sender.send(id, { type: 'ReceiveStatement', ...body }, envelope, response);
  }

  @Post('opinion-letters') @HttpCode(200)
  letter(@Param('id', ParseUUIDPipe) id: string, @Body() body: OpinionLetterDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.sender.send(id, { type: 'IssueOpinionLetter', ...body }, envelope, response);
  }

  @Post('unit-reports') @HttpCode(200)
  report(@Param('id', ParseUUIDPipe) id: string, @Body() body: UnitReportDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.sender.send(id, { type: 'FinalizeUnitReport', ...body }, envelope, response);
  }

  @Post('publish') @HttpCode(200)
  publish(@Param('id', ParseUUIDPipe) id: string, @Body() body: PublishActivityDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.sender.send(id, { type: 'PublishActivityReport', scope: body.scope }, envelope, response);
  }

  @Post('close') @HttpCode(200)
  close(@Param('id', ParseUUIDPipe) id: string, @Body() body: CloseActivityDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.sender.send(id, { type: 'CloseActivity', note: body.note ?? '' }, envelope, response);
  }
}
