import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { FrameworksService, NotFoundError, type CommandEnvelope } from '@app/application';
import type { FrameworkDefinition } from '@app/domain';
import { Roles } from '../auth/auth.decorators';
import { Envelope } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';

/** 督政 indicator frameworks: the current version of one, and a new version published by an admin (checked whole by the domain). */
@ApiTags('evaluations')
@ApiBearerAuth()
@Controller('frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get(':code') @Roles('admin', 'leader', 'coordinator', 'auditor', 'unit')
  async get(@Param('code') code: string) {
    const framework = await this.frameworks.current(code);
    if (!framework) throw new NotFoundError(`framework ${code} does not exist`);
    return framework;
  }

  @Post() @Roles('admin')
  async publish(@Body() framework: FrameworkDefinition, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) res: Response) {
    const result = await this.frameworks.publish(envelope, { type: 'PublishFramework', framework });
    res.status(result.version === 1 && !result.replayed ? 201 : 200).setHeader('Location', `/api/frameworks/${result.id}`);
    return commandResponse(res, result);
  }
}
