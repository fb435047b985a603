import { Command } from '@nestjs/cqrs';
import type { IssueCommand } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';

/**
 * Any command on an existing issue stream that needs no look-up; RegisterIssue and DecideAccountability have
 * their own commands (RegisterIssueCommand, DecideAccountabilityCommand) because they do.
 */
export class ExecuteIssueCommand extends Command<CommandResult> {
  constructor(
    readonly issueId: string,
    readonly command: Exclude<IssueCommand, { type: 'RegisterIssue' | 'DecideAccountability' }>,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
