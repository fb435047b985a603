import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandEnvelope } from '@app/application';
import type { DeadlineRule } from '@app/domain';
import { EvidenceFiles } from '@app/files';
import { Roles } from '../auth/auth.decorators';
import { Envelope } from '../http/command-envelope.decorator';
import { PostCommand } from '../http/post-command.decorator';
import { ValidationFailedException } from '../http/problem';
import { ExtensionDecisionDto, ExtensionRequestDto, FeedbackDto, OrderRectificationDto, RectificationReportDto } from './dto/rectification.dto';
import { IssueCommandSender } from './issue-command.sender';

function deadlineRule(body: OrderRectificationDto): DeadlineRule {
  const given = [body.deadline !== undefined, body.calendarDays !== undefined, body.workingDays !== undefined].filter(Boolean).length;
  if (given !== 1) throw new ValidationFailedException([{ field: 'deadline', message: 'give exactly one of deadline, calendarDays, workingDays' }]);
  if (body.deadline !== undefined) return { kind: 'explicit', deadline: body.deadline };
  if (body.calendarDays !== undefined) return { kind: 'calendarDays', days: body.calendarDays };
  return { kind: 'workingDays', days: body.workingDays! };
}

@ApiTags('issues')
@ApiBearerAuth()
@Controller('issues/:id')
export class IssueRectificationController {
  constructor(
    private readonly sender: IssueCommandSender,
    private readonly evidence: EvidenceFiles,
  ) {}

  @PostCommand('feedback') @Roles('supervisor', 'coordinator')
  feedback(@Param('id', ParseUUIDPipe) id: string, @Body() body: FeedbackDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return this.sender.send(id, { type: 'FeedBackIssue', note: body.note, channel: body.channel ?? 'written' }, envelope, res);
  }

  @PostCommand('rectification-orders') @Roles('supervisor', 'coordinator')
  order(@Param('id', ParseUUIDPipe) id: string, @Body() body: OrderRectificationDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return this.sender.send(id, { type: 'OrderRectification', requirements: body.requirements, deadline: deadlineRule(body) }, envelope, res);
  }

  @PostCommand('extension-requests') @Roles('unit')
  requestExtension(@Param('id', ParseUUIDPipe) id: string, @Body() body: ExtensionRequestDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return this.sender.send(id, { type: 'RequestExtension', proposedDeadline: body.proposedDeadline, reason: body.reason }, envelope, res);
  }

  @PostCommand('extension-decisions') @Roles('supervisor', 'coordinator')
  decideExtension(@Param('id', ParseUUIDPipe) id: string, @Body() body: ExtensionDecisionDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return this.sender.send(id, { type: 'DecideExtension', approved: body.approved, newDeadline: body.newDeadline, note: body.note }, envelope, res);
  }

  @PostCommand('rectification-reports') @Roles('unit')
  async report(@Param('id', ParseUUIDPipe) id: string, @Body() body: RectificationReportDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    const evidence = await this.evidence.attach(body.evidence ?? [], envelope.actor.id);
    return this.sender.send(id, { type: 'ReportRectification', measures: body.measures, evidence }, envelope, res);
  }
}
