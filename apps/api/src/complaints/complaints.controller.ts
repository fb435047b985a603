import { Body, Controller, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ExecuteComplaintCommand, ReceiveComplaintCommand, VerifyComplaintCommand, type CommandEnvelope } from '@app/application';
import { Roles } from '../auth/auth.decorators';
import { Envelope, newResourceId } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
import { PostCommand } from '../http/post-command.decorator';
import { AssignComplaintDto, CloseComplaintDto, ReceiveComplaintDto, ReplyToComplainantDto, VerifyComplaintDto } from './complaint.dto';

/** 举报投诉 (DESIGN §3.9): one route per command on the complaint stream. */
@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class ComplaintsController {
  constructor(private readonly commands: CommandBus) {}

  @Post() @Roles('supervisor', 'coordinator')
  async receive(@Body() body: ReceiveComplaintDto, @Envelope() envelope: CommandEnvelope, @Req() request: Request, @Res({ passthrough: true }) res: Response) {
    const command = { type: 'ReceiveComplaint' as const, complaintId: newResourceId('complaint', request), unitId: body.unitId, channel: body.channel, summary: body.summary, anonymous: body.anonymous, complainant: body.complainant ?? null };
    const result = await this.commands.execute(new ReceiveComplaintCommand(command, envelope));
    res.status(result.replayed ? 200 : 201).setHeader('Location', `/api/complaints/${result.id}`);
    return commandResponse(res, result);
  }

  @PostCommand(':id/assignment') @Roles('coordinator')
  async assign(@Param('id', ParseUUIDPipe) id: string, @Body() body: AssignComplaintDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return commandResponse(res, await this.commands.execute(new ExecuteComplaintCommand(id, { type: 'AssignComplaint', supervisorId: body.supervisorId, note: body.note }, envelope)));
  }

  @PostCommand(':id/verification') @Roles('supervisor', 'coordinator')
  async verify(@Param('id', ParseUUIDPipe) id: string, @Body() body: VerifyComplaintDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    const result = await this.commands.execute(new VerifyComplaintCommand(id, { outcome: body.outcome, findings: body.findings, issues: body.issues ?? [] }, envelope));
    return { ...commandResponse(res, result), issueIds: result.issueIds };
  }

  @PostCommand(':id/replies') @Roles('supervisor', 'coordinator')
  async reply(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReplyToComplainantDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return commandResponse(res, await this.commands.execute(new ExecuteComplaintCommand(id, { type: 'ReplyToComplainant', channel: body.channel, content: body.content }, envelope)));
  }

  @PostCommand(':id/close') @Roles('supervisor', 'coordinator')
  async close(@Param('id', ParseUUIDPipe) id: string, @Body() body: CloseComplaintDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return commandResponse(res, await this.commands.execute(new ExecuteComplaintCommand(id, { type: 'CloseComplaint', note: body.note }, envelope)));
  }
}
