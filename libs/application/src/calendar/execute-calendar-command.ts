import { Command } from '@nestjs/cqrs';
import type { PublishCalendarYear } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/** Publish (or correct) one year of the calendar-cn stream. */
export class ExecuteCalendarCommand extends Command<CommandResult> {
  constructor(
    readonly command: PublishCalendarYear,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
