import { Command } from '@nestjs/cqrs';
import type { BulletinScope } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/** Publishing snapshots every listed issue first (a look-up), so it has its own handler. */
export class PublishBulletinCommand extends Command<CommandResult> {
  constructor(
    readonly bulletinId: string,
    readonly scope: BulletinScope,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
