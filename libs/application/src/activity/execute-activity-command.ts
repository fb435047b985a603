import { Command } from '@nestjs/cqrs';
import type { ActivityCommand } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/** Any command on an activity stream (the plan included): the handler looks up what the command needs first. */
export class ExecuteActivityCommand extends Command<CommandResult> {
  constructor(
    readonly activityId: string,
    readonly command: ActivityCommand,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
