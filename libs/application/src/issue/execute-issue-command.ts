import { Command } from '@nestjs/cqrs';
import type { IssueCommand } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/** Any command on an existing issue stream; RegisterIssue goes through RegisterIssueCommand (it needs look-ups). */
export class ExecuteIssueCommand extends Command<CommandResult> {
  constructor(
    readonly issueId: string,
    readonly command: Exclude<IssueCommand, { type: 'RegisterIssue' }>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
