import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { ExecuteIssueCommand, type CommandEnvelope } from '@app/application';
import { commandResponse } from '../http/command-response';

/** Sends a command on an existing issue through the CommandBus and shapes the answer. */
@Injectable()
export class IssueCommandSender {
  constructor(private readonly commands: CommandBus) {}

  async send(issueId: string, command: ExecuteIssueCommand['command'], envelope: CommandEnvelope, response: Response) {
    return commandResponse(response, await this.commands.execute(new ExecuteIssueCommand(issueId, command, envelope)));
  }
}
