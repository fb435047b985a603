import { Command } from '@nestjs/cqrs';
import type { BulletinCommand } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

export class ExecuteBulletinCommand extends Command<CommandResult> {
  constructor(
    readonly bulletinId: string,
    readonly command: Exclude<BulletinCommand, { type: 'DraftBulletin' }>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
