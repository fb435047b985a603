import { Command } from '@nestjs/cqrs';
import type { DraftBulletin } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

export class DraftBulletinCommand extends Command<CommandResult> {
  constructor(
    readonly command: Omit<DraftBulletin, 'regionId'>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
