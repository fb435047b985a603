import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandEnvelope } from '@app/application';
import { Roles } from '../auth/auth.decorators';
import { Envelope } from '../http/command-envelope.decorator';
import { PostCommand } from '../http/post-command.decorator';
import { InterviewDto, ReminderDto } from './dto/escalation.dto';
import { IssueCommandSender } from './issue-command.sender';

/** The escalation ladder by hand (DESIGN §3.8): 催办/督办 and 约谈; the clock climbs the same ladder. */
@ApiTags('issues')
@ApiBearerAuth()
@Controller('issues/:id')
export class IssueEscalationController {
  constructor(private readonly sender: IssueCommandSender) {}

  @PostCommand('reminders') @Roles('supervisor', 'coordinator')
  remind(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReminderDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return this.sender.send(id, { type: 'RemindIssue', level: body.level, note: body.note }, envelope, res);
  }

  @PostCommand('interviews') @Roles('leader', 'coordinator')
  interview(@Param('id', ParseUUIDPipe) id: string, @Body() body: InterviewDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    const { attendees, problems, commitments, newDeadline } = body;
    return this.sender.send(id, { type: 'HoldInterview', attendees, problems, commitments, ...(newDeadline ? { newDeadline } : {}) }, envelope, res);
  }
}
