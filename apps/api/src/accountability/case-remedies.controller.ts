import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandEnvelope } from '@app/application';
import type { AppealOutcome, ReviewOutcome } from '@app/domain';
import { Roles } from '../auth/auth.decorators';
import { Envelope } from '../http/command-envelope.decorator';
import { PostCommand } from '../http/post-command.decorator';
import { CaseCommandSender } from './case-command.sender';
import { CorrectionDto, GroundsDto, RemedyDecisionDto } from './case.dto';

/** 问责 remedies: review (复核) and appeal (申诉) as received in writing, their decisions, correction, archiving. */
@ApiTags('accountability')
@ApiBearerAuth()
@Controller('accountability-cases/:id')
@Roles('leader', 'coordinator')
export class CaseRemediesController {
  constructor(private readonly sender: CaseCommandSender) {}

  @PostCommand('review-requests')
  review(@Param('id', ParseUUIDPipe) id: string, @Body() body: GroundsDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.sender.send(id, { type: 'RequestReview', grounds: body.grounds }, e, r);
  }

  @PostCommand('review-decisions') @Roles('leader')
  decideReview(@Param('id', ParseUUIDPipe) id: string, @Body() body: RemedyDecisionDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.sender.send(id, { type: 'DecideReview', outcome: body.outcome as ReviewOutcome, reasoning: body.reasoning }, e, r);
  }

  @PostCommand('appeals')
  appeal(@Param('id', ParseUUIDPipe) id: string, @Body() body: GroundsDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.sender.send(id, { type: 'FileAppeal', grounds: body.grounds }, e, r);
  }

  @PostCommand('appeal-decisions') @Roles('leader')
  decideAppeal(@Param('id', ParseUUIDPipe) id: string, @Body() body: RemedyDecisionDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.sender.send(id, { type: 'DecideAppeal', outcome: body.outcome as AppealOutcome, reasoning: body.reasoning }, e, r);
  }

  @PostCommand('corrections')
  correct(@Param('id', ParseUUIDPipe) id: string, @Body() body: CorrectionDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.sender.send(id, { type: 'CorrectDecision', measures: body.measures, note: body.note }, e, r);
  }

  @PostCommand('archive')
  archive(@Param('id', ParseUUIDPipe) id: string, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) r: Response) {
    return this.sender.send(id, { type: 'ArchiveCase' }, e, r);
  }
}
