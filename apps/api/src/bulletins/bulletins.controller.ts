import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { Request, Response } from 'express';
import { DraftBulletinCommand, PublishBulletinCommand, type CommandEnvelope } from '@app/application';
import { Roles } from '../auth/auth.decorators';
import { Envelope, newResourceId } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';

class DraftBulletinDto {
  @IsString() @Length(1, 200) title!: string;
  @IsOptional() @IsString() @Length(1, 40) period?: string;
  @ArrayMinSize(1) @ArrayMaxSize(1000) @IsUUID('all', { each: true }) issueIds!: string[];
}

class PublishBulletinDto {
  @IsIn(['internal', 'public']) scope!: 'internal' | 'public';
}

/** 督导通报: drafted with a list of issues, then published with a snapshot of each; publication reports the result on every issue. */
@ApiTags('bulletins')
@ApiBearerAuth()
@Controller('bulletins')
@Roles('coordinator', 'leader')
export class BulletinsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  async draft(@Body() body: DraftBulletinDto, @Envelope() envelope: CommandEnvelope, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const command = { type: 'DraftBulletin' as const, bulletinId: newResourceId('bulletin', request), title: body.title, period: body.period, issueIds: body.issueIds };
    const result = await this.commands.execute(new DraftBulletinCommand(command, envelope));
    response.status(result.replayed ? 200 : 201).setHeader('Location', `/api/bulletins/${result.id}`);
    return commandResponse(response, result);
  }

  @Post(':id/publish')
  @HttpCode(200)
  async publish(@Param('id', ParseUUIDPipe) id: string, @Body() body: PublishBulletinDto, @Envelope() envelope: CommandEnvelope, @Res({ passthrough: true }) response: Response) {
    const result = await this.commands.execute(new PublishBulletinCommand(id, body.scope, envelope));
    return commandResponse(response, result);
  }
}
