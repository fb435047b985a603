import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { ExecuteMatterCommand, type CommandEnvelope } from '@app/application';
import type { MatterCommand } from '@app/domain';
import { commandResponse } from '../http/command-response';

/** Sends a command on a matter through the CommandBus and shapes the answer. */
@Injectable()
export class MatterCommandSender {
  constructor(private readonly commands: CommandBus) {}

  run(matterId: string, command: MatterCommand, envelope: CommandEnvelope) {
    return this.commands.execute(new ExecuteMatterCommand(matterId, command, envelope));
  }

  async send(matterId: string, command: MatterCommand, envelope: CommandEnvelope, response: Response) {
    return commandResponse(response, await this.run(matterId, command, envelope));
  }
}
