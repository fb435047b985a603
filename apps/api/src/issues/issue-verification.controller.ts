import { Body, Controller, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CommandBus } from '@nestjs/cqrs';
import { DecideQuicklyCommand, type CommandEnvelope } from '@app/application';
import { EvidenceFiles } from '@app/files';
import { Roles } from '../auth/auth.decorators';
import { Envelope, newResourceId } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
import { PostCommand } from '../http/post-command.decorator';
import { AccountabilityDecisionDto, CloseIssueDto, LookBackDto, RecheckDto, WithdrawIssueDto } from './dto/verification.dto';
import { IssueCommandSender } from './issue-command.sender';

@ApiTags('issues')
@ApiBearerAuth()
@Controller('issues/:id')
export class IssueVerificationController {
  constructor(
    private readonly sender: IssueCommandSender,
    private readonly commands: CommandBus,
    private readonly evidence: EvidenceFiles,
  ) {}

  @PostCommand('rechecks') @Roles('supervisor', 'coordinator')
  async recheck(@Param('id', ParseUUIDPipe) id: string, @Body() body: RecheckDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    const { method, outcome, findings } = body;
    const evidence = await this.evidence.attach(body.evidence ?? [], envelope.actor.id);
    return this.sender.send(id, { type: 'ConductRecheck', method, outcome, findings, evidence }, envelope, res);
  }

  /** The quick decision (简易程序): a case opened and decided in one go, recorded on the issue; answers with both. */
  @PostCommand('accountability-decisions') @Roles('leader')
  async decideAccountability(@Param('id', ParseUUIDPipe) id: string, @Body() body: AccountabilityDecisionDto, @Envelope() envelope: CommandEnvelope, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const decision = { targets: body.targets, measures: body.measures, basis: body.basis };
    const result = await this.commands.execute(new DecideQuicklyCommand(id, newResourceId('accountability', req), decision, envelope));
    return { ...commandResponse(res, result), caseId: result.caseId, caseNumber: result.caseNumber ?? null, docNumber: result.docNumber ?? null };
  }

  @PostCommand('close') @Roles('supervisor', 'coordinator')
  close(@Param('id', ParseUUIDPipe) id: string, @Body() body: CloseIssueDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return this.sender.send(id, { type: 'CloseIssue', note: body.note }, envelope, res);
  }

  @PostCommand('look-backs') @Roles('supervisor', 'coordinator')
  lookBack(@Param('id', ParseUUIDPipe) id: string, @Body() body: LookBackDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return this.sender.send(id, { type: 'ConductLookBack', outcome: body.outcome, findings: body.findings }, envelope, res);
  }

  @PostCommand('withdraw') @Roles('coordinator')
  withdraw(@Param('id', ParseUUIDPipe) id: string, @Body() body: WithdrawIssueDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return this.sender.send(id, { type: 'WithdrawIssue', reason: body.reason }, envelope, res);
  }
}
