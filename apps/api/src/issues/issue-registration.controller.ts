import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { RegisterIssueCommand, type CommandEnvelope } from '@app/application';
import { EvidenceFiles } from '@app/files';
import { Roles } from '../auth/auth.decorators';
import { Envelope, newResourceId } from '../http/command-envelope.decorator';
import { commandResponse } from '../http/command-response';
import { RegisterIssueDto } from './dto/register-issue.dto';

@ApiTags('issues')
@ApiBearerAuth()
@Controller('issues')
export class IssueRegistrationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly evidence: EvidenceFiles,
  ) {}

  /** 发现问题/立项 — answers 201 with the new issue's id. */
  @Post()
  @Roles('supervisor', 'coordinator')
  async register(@Body() body: RegisterIssueDto, @Envelope() envelope: CommandEnvelope, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const command = {
      type: 'RegisterIssue' as const,
      issueId: newResourceId('issue', request),
      unitId: body.unitId,
      category: body.category,
      severity: body.severity,
      safetyHazard: body.safetyHazard ?? false,
      title: body.title,
      description: body.description,
      source: body.source,
      evidence: await this.evidence.attach(body.evidence ?? [], envelope.actor.id),
      personal: body.personal === true,
    };
    const result = await this.commands.execute(new RegisterIssueCommand(command, envelope));
    response.status(result.replayed ? 200 : 201).setHeader('Location', `/api/issues/${result.id}`);
    return commandResponse(response, result);
  }
}
