import { Body, Controller, Param, ParseIntPipe, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandEnvelope } from '@app/application';
import { Roles } from '../auth/auth.decorators';
import { Envelope } from '../http/command-envelope.decorator';
import { PostCommand } from '../http/post-command.decorator';
import { CaseCommandSender } from './case-command.sender';
import { DecisionDto, NoteDto, OpinionDto, PublicationDto, ReferralDto } from './case.dto';

/** 问责 second part: opinion, approval (chair/vice-chair), the decision document, execution or referral, publication. */
@ApiTags('accountability')
@ApiBearerAuth()
@Controller('accountability-cases/:id')
@Roles('leader', 'coordinator')
export class CaseDecisionController {
  constructor(private readonly sender: CaseCommandSender) {}

  @PostCommand('opinion')
  opinion(@Param('id', ParseUUIDPipe) id: string, @Body() body: OpinionDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.sender.send(id, { type: 'FormOpinion', measures: body.measures, consulted: body.consulted ?? [] }, e, r);
  }

  @PostCommand('approval') @Roles('leader')
  approve(@Param('id', ParseUUIDPipe) id: string, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.sender.send(id, { type: 'ApproveDecision' }, e, r);
  }

  @PostCommand('decision')
  decide(@Param('id', ParseUUIDPipe) id: string, @Body() body: DecisionDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.sender.send(id, { type: 'IssueDecision', basicFacts: body.basicFacts, facts: body.facts, basis: body.basis, effectiveDate: body.effectiveDate }, e, r);
  }

  @PostCommand('measures/:index/execution')
  execute(@Param('id', ParseUUIDPipe) id: string, @Param('index', ParseIntPipe) index: number, @Body() body: NoteDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.sender.send(id, { type: 'ExecuteMeasure', index, note: body.note }, e, r);
  }

  @PostCommand('measures/:index/referral')
  refer(@Param('id', ParseUUIDPipe) id: string, @Param('index', ParseIntPipe) index: number, @Body() body: ReferralDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.sender.send(id, { type: 'ReferMeasure', index, to: body.to, note: body.note }, e, r);
  }

  @PostCommand('publication')
  publish(@Param('id', ParseUUIDPipe) id: string, @Body() body: PublicationDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.sender.send(id, { type: 'PublishDecision', scope: body.scope }, e, r);
  }
}
