import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandEnvelope } from '@app/application';
import { EvidenceFiles } from '@app/files';
import { Roles } from '../auth/auth.decorators';
import { Envelope } from '../http/command-envelope.decorator';
import { PostCommand } from '../http/post-command.decorator';
import { MatterCompletionDto, MatterExtensionRequestDto, MatterProgressDto } from './matter.dto';
import { MatterCommandSender } from './matter-command.sender';

/** 督查事项, the handling units' answers: progress (lead and assisting), extension requests and the completion (lead). */
@ApiTags('matters')
@ApiBearerAuth()
@Controller('matters/:id')
@Roles('unit')
export class MattersUnitController {
  constructor(
    private readonly sender: MatterCommandSender,
    private readonly evidence: EvidenceFiles,
  ) {}

  @PostCommand('progress-reports')
  progress(@Param('id', ParseUUIDPipe) id: string, @Body() b: MatterProgressDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return this.sender.send(id, { type: 'ReportMatterProgress', progress: b.progress }, e, res);
  }

  @PostCommand('extension-requests')
  requestExtension(@Param('id', ParseUUIDPipe) id: string, @Body() b: MatterExtensionRequestDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    return this.sender.send(id, { type: 'RequestMatterExtension', proposedDueAt: b.proposedDueAt, reason: b.reason, progress: b.progress }, e, res);
  }

  @PostCommand('completions')
  async submit(@Param('id', ParseUUIDPipe) id: string, @Body() b: MatterCompletionDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    const evidence = await this.evidence.attach(b.evidence ?? [], e.actor.id);
    return this.sender.send(id, { type: 'SubmitMatterCompletion', result: b.result, evidence }, e, res);
  }
}
