import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Put, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DraftBulletinCommand, PublishBulletinCommand, ReviseBulletinCommand, type CommandEnvelope } from '@app/application';
import { Roles } from '../auth/auth.decorators';
import { Envelope, newResourceId } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
import { bulletinContent, BulletinContentDto, PublishBulletinDto } from './bulletin.dto';

/** 督导通报: drafted (kind, title, period, body, issues), revised while a draft, then published with a snapshot of each issue. */
@ApiTags('bulletins')
@ApiBearerAuth()
@Controller('bulletins')
@Roles('coordinator', 'leader')
export class BulletinsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  async draft(@Body() body: BulletinContentDto, @Envelope() envelope: CommandEnvelope, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const command = { type: 'DraftBulletin' as const, bulletinId: newResourceId('bulletin', request), ...bulletinContent(body) };
    const result = await this.commands.execute(new DraftBulletinCommand(command, envelope));
    response.status(result.replayed ? 200 : 201).setHeader('Location', `/api/bulletins/${result.id}`);
    return commandResponse(response, result);
  }

  @Put(':id')
  async revise(@Param('id', ParseUUIDPipe) id: string, @Body() body: BulletinContentDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    const result = await this.commands.execute(new ReviseBulletinCommand(id, { type: 'ReviseBulletin', ...bulletinContent(body) }, envelope));
    return commandResponse(response, result);
  }

  @Post(':id/publish')
  @HttpCode(200)
  async publish(@Param('id', ParseUUIDPipe) id: string, @Body() body: PublishBulletinDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    const result = await this.commands.execute(new PublishBulletinCommand(id, body.scope, envelope));
    return commandResponse(response, result);
  }
}
