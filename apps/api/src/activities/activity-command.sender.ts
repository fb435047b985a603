import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { ExecuteActivityCommand, type CommandEnvelope } from '@app/application';
import type { ActivityCommand } from '@app/domain';
import { commandResponse } from '../http/command-response';

/** Sends a command on an activity through the CommandBus and shapes the answer. */
@Injectable()
export class ActivityCommandSender {
  constructor(private readonly commands: CommandBus) {}

  async send(activityId: string, command: ActivityCommand, envelope: CommandEnvelope, response: Response) {
    return commandResponse(response, await this.commands.execute(new ExecuteActivityCommand(activityId, command, envelope)));
  }
}
