import { Command } from '@nestjs/cqrs';
import type { ReviseBulletin } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/** A draft rewritten (PUT /bulletins/:id): its new list of issues is looked up first, as when drafting. */
export class ReviseBulletinCommand extends Command<CommandResult> {
  constructor(
    readonly bulletinId: string,
    readonly command: ReviseBulletin,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
