import { Command } from '@nestjs/cqrs';
import type { RegisterIssue } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

export class RegisterIssueCommand extends Command<CommandResult> {
  constructor(
    readonly command: Omit<RegisterIssue, 'regionId'>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
