import { Body, Controller, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { CommandEnvelope } from '@app/application';
import { Roles } from '../auth/auth.decorators';
import { Envelope, newResourceId } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
import { PostCommand } from '../http/post-command.decorator';
import { AssignMatterDto, CloseMatterDto, MatterExtensionDecisionDto, MatterReminderDto, MatterReviewDto, RegisterMatterDto } from './matter.dto';
import { MatterCommandSender } from './matter-command.sender';

type Res_ = Response;

/** 督查事项, the office's steps: 立项, 交办, 催办/督办, 延期审批, 审核 (审结/退办), 办结. */
@ApiTags('matters')
@ApiBearerAuth()
@Controller('matters')
@Roles('coordinator', 'leader')
export class MattersOfficeController {
  constructor(private readonly sender: MatterCommandSender) {}

  @Post()
  async register(@Body() b: RegisterMatterDto, @Envelope() envelope: CommandEnvelope, @Req() req: Request, @Res({ passthrough: true }) res: Res_) {
    const matterId = newResourceId('matter', req);
    const command = { type: 'RegisterMatter' as const, matterId, regionId: '', title: b.title, source: { kind: b.source.kind, ref: b.source.ref ?? '' }, requirements: b.requirements, tier: b.tier };
    const result = await this.sender.run(matterId, command, envelope);
    res.status(result.replayed ? 200 : 201).setHeader('Location', `/api/matters/${matterId}`);
    return commandResponse(res, result);
  }

  @PostCommand(':id/assignments')
  assign(@Param('id', ParseUUIDPipe) id: string, @Body() b: AssignMatterDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) res: Res_) {
    return this.sender.send(id, { type: 'AssignMatter', leadUnitId: b.leadUnitId, assistingUnitIds: b.assistingUnitIds ?? [], days: b.days, dayCount: b.dayCount }, e, res);
  }

  @PostCommand(':id/reminders')
  remind(@Param('id', ParseUUIDPipe) id: string, @Body() b: MatterReminderDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) res: Res_) {
    return this.sender.send(id, { type: 'IssueMatterReminder', level: b.level, note: b.note }, e, res);
  }

  @PostCommand(':id/extension-decisions')
  decideExtension(@Param('id', ParseUUIDPipe) id: string, @Body() b: MatterExtensionDecisionDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) res: Res_) {
    return this.sender.send(id, { type: 'DecideMatterExtension', approved: b.approved, newDueAt: b.newDueAt, note: b.note }, e, res);
  }

  @PostCommand(':id/reviews')
  review(@Param('id', ParseUUIDPipe) id: string, @Body() b: MatterReviewDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) res: Res_) {
    return this.sender.send(id, { type: 'ReviewMatterCompletion', outcome: b.outcome, note: b.note ?? '' }, e, res);
  }

  @PostCommand(':id/close')
  close(@Param('id', ParseUUIDPipe) id: string, @Body() b: CloseMatterDto, @Envelope() e: CommandEnvelope, @Res({ passthrough: true }) res: Res_) {
    return this.sender.send(id, { type: 'CloseMatter', note: b.note }, e, res);
  }
}
