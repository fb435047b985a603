import { Command } from '@nestjs/cqrs';
import type { RecordVisit } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

export class RecordVisitCommand extends Command<CommandResult> {
  constructor(
    readonly command: Omit<RecordVisit, 'regionId'>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
