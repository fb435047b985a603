import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideIssue, evolveIssue, initialIssueState, issueStream } from '@app/domain';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { StreamCommandRunner } from '../stream-command-runner';
import { ExecuteIssueCommand } from './execute-issue-command';

/** The generic handler of the issue stream. */
@CommandHandler(ExecuteIssueCommand)
export class IssueCommandHandler implements ICommandHandler<ExecuteIssueCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
  ) {}

  async execute({ issueId, command, envelope }: ExecuteIssueCommand): Promise<CommandResult> {
    const context = await this.contexts.create(envelope.actor);
    return this.runner.run(envelope, {
      stream: issueStream(issueId),
      id: issueId,
      initial: initialIssueState,
      evolve: evolveIssue,
      decide: (state) => decideIssue(command, state, context),
    });
  }
}
