import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ExecuteSupervisorCommand, type CommandEnvelope } from '@app/application';
import { Roles } from '../auth/auth.decorators';
import { Envelope, newResourceId } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
import { AppointmentDto, AppraisalDto, ConflictDto, TrainingDto, WithdrawConflictDto } from './supervisor.dto';

/** 督学履职 (DESIGN §3.5): appointment terms, training hours, conflicts of interest (回避), appraisals. */
@ApiTags('supervisors')
@ApiBearerAuth()
@Controller('supervisors/:id')
@Roles('coordinator', 'leader', 'supervisor')
export class SupervisorsController {
  constructor(private readonly commands: CommandBus) {}

  private async send(id: string, command: ExecuteSupervisorCommand['command'], envelope: CommandEnvelope, response: Response) {
    return commandResponse(response, await this.commands.execute(new ExecuteSupervisorCommand(id, command, envelope)));
  }

  @Post('appointments') @HttpCode(200)
  appoint(@Param('id') id: string, @Body() body: AppointmentDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.send(id, { type: 'AppointSupervisor', ...body }, envelope, response);
  }

  @Post('trainings') @HttpCode(200)
  train(@Param('id') id: string, @Body() body: TrainingDto, @Envelope() envelope: CommandEnvelope, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.send(id, { type: 'RecordTraining', trainingId: newResourceId('training', request), ...body }, envelope, response);
  }

  @Post('conflicts') @HttpCode(200)
  declare(@Param('id') id: string, @Body() body: ConflictDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.send(id, { type: 'DeclareConflict', ...body }, envelope, response);
  }

  @Post('conflicts/:unitId/withdraw') @HttpCode(200)
  withdraw(@Param('id') id: string, @Param('unitId') unitId: string, @Body() body: WithdrawConflictDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.send(id, { type: 'WithdrawConflict', unitId, reason: body.reason ?? '' }, envelope, response);
  }

  @Post('appraisals') @HttpCode(200)
  appraise(@Param('id') id: string, @Body() body: AppraisalDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    return this.send(id, { type: 'RecordAppraisal', year: body.year, grade: body.grade, notes: body.notes ?? '' }, envelope, response);
  }
}
