import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { ExecuteCaseCommand, type CommandEnvelope } from '@app/application';
import { commandResponse } from '../http/command-response';

/** Sends a step of an existing case through the CommandBus and shapes the answer. */
@Injectable()
export class CaseCommandSender {
  constructor(private readonly commands: CommandBus) {}

  async send(caseId: string, command: ExecuteCaseCommand['command'], envelope: CommandEnvelope, response: Response) {
    return commandResponse(response, await this.commands.execute(new ExecuteCaseCommand(caseId, command, envelope)));
  }
}
