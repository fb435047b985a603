import { Command } from '@nestjs/cqrs';
import type { MatterCommand } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/** Any command on a 督查事项 stream, its creation included (the handler gives it its number and region). */
export class ExecuteMatterCommand extends Command<CommandResult> {
  constructor(
    readonly matterId: string,
    readonly command: MatterCommand,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
