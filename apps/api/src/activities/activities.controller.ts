import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ExecuteActivityCommand, type CommandEnvelope } from '@app/application';
import { Roles } from '../auth/auth.decorators';
import { Envelope, newResourceId } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
import { ActivityCommandSender } from './activity-command.sender';
import { FormTeamDto, MemberSummaryDto, PlanActivityDto, RecordSiteVisitDto, SendNoticeDto } from './activity.dto';

/** 督导活动 (DESIGN §3.5): plan, team, written notice, site visits with each member's findings, members' 评估小结. */
@ApiTags('activities')
@ApiBearerAuth()
@Controller('activities')
@Roles('coordinator', 'leader', 'supervisor')
export class ActivitiesController {
  constructor(private readonly commands: CommandBus, private readonly sender: ActivityCommandSender) {}

  @Post()
  async plan(@Body() body: PlanActivityDto, @Envelope() envelope: CommandEnvelope, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const activityId = newResourceId('activity', request);
    const result = await this.commands.execute(new ExecuteActivityCommand(activityId, { type: 'PlanActivity', activityId, regionId: '', ...body }, envelope));
    response.status(result.replayed ? 200 : 201).setHeader('Location', `/api/activities/${result.id}`);
    return commandResponse(response, result);
  }

  @Post(':id/team') @HttpCode(200)
  team(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormTeamDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.sender.send(id, { type: 'FormTeam', ...body }, envelope, response);
  }

  @Post(':id/notice') @HttpCode(200)
  notice(@Param('id', ParseUUIDPipe) id: string, @Body() body: SendNoticeDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.sender.send(id, { type: 'SendNotice', content: body.content }, envelope, response);
  }

  @Post(':id/site-visits') @HttpCode(200)
  siteVisit(@Param('id', ParseUUIDPipe) id: string, @Body() body: RecordSiteVisitDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    const findings = body.findings.map((f) => ({ supervisorId: f.supervisorId, matter: f.matter, highlights: f.highlights ?? '', problems: f.problems ?? '', suggestions: f.suggestions ?? '' }));
    return this.sender.send(id, { type: 'RecordSiteVisit', unitId: body.unitId, date: body.date, methods: body.methods, findings }, envelope, response);
  }

  @Post(':id/member-summaries') @HttpCode(200)
  summary(@Param('id', ParseUUIDPipe) id: string, @Body() body: MemberSummaryDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.sender.send(id, { type: 'SubmitMemberSummary', ...body }, envelope, response);
  }
}
