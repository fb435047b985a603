import { Body, Controller, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { OpenCaseCommand, type CommandEnvelope } from '@app/application';
import { Roles } from '../auth/auth.decorators';
import { Envelope, newResourceId } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
import { PostCommand } from '../http/post-command.decorator';
import { CaseCommandSender } from './case-command.sender';
import { FactsDto, MembersDto, NoticeDto, OpenCaseDto, StatementDto } from './case.dto';

type Ctx = [string, CommandEnvelope, Response];

/** 问责 (DESIGN §3.6), first half: opening a case from issues, investigation, facts, notice, statement and defence. */
@ApiTags('accountability')
@ApiBearerAuth()
@Controller('accountability-cases')
@Roles('leader', 'coordinator')
export class CaseInvestigationController {
  constructor(private readonly commands: CommandBus, private readonly sender: CaseCommandSender) {}

  @Post()
  async open(@Body() body: OpenCaseDto, @Envelope() envelope: CommandEnvelope, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const command = { type: 'OpenCase' as const, caseId: newResourceId('accountability', request), issueIds: body.issueIds, subjects: body.subjects, grounds: body.grounds, ...(body.triggeredAt ? { triggeredAt: body.triggeredAt } : {}) };
    const result = await this.commands.execute(new OpenCaseCommand(command, envelope));
    response.status(result.replayed ? 200 : 201).setHeader('Location', `/api/accountability-cases/${result.id}`);
    return commandResponse(response, result);
  }

  @PostCommand(':id/investigation-group')
  group(@Param('id', ParseUUIDPipe) id: string, @Body() body: MembersDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.send([id, e, r], { type: 'FormInvestigationGroup', members: body.members });
  }

  @PostCommand(':id/facts')
  facts(@Param('id', ParseUUIDPipe) id: string, @Body() body: FactsDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.send([id, e, r], { type: 'DetermineFacts', facts: body.facts, proceed: body.proceed, ...(body.reason ? { reason: body.reason } : {}) });
  }

  @PostCommand(':id/notice')
  notice(@Param('id', ParseUUIDPipe) id: string, @Body() body: NoticeDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.send([id, e, r], { type: 'ServeFactsAndProposal', proposedMeasures: body.proposedMeasures, ...(body.channel ? { channel: body.channel } : {}) });
  }

  @PostCommand(':id/statement')
  statement(@Param('id', ParseUUIDPipe) id: string, @Body() body: StatementDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.send([id, e, r], { type: 'HearStatement', statement: body.statement });
  }

  @PostCommand(':id/statement-waiver')
  waiver(@Param('id', ParseUUIDPipe) id: string, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.send([id, e, r], { type: 'WaiveStatement' });
  }

  private send([id, envelope, response]: Ctx, command: Parameters<CaseCommandSender['send']>[1]) {
    return this.sender.send(id, command, envelope, response);
  }
}
