import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideIssue, evolveIssue, initialIssueState, issueStream } from '@app/domain';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { assertMayCommand } from '../jurisdiction/jurisdiction.guards';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { NumberedDecision } from '../numbering/numbered-decision';
import { NumberingService } from '../numbering/numbering.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { ExecuteIssueCommand } from './execute-issue-command';

/** The generic handler of the issue stream. */
@CommandHandler(ExecuteIssueCommand)
export class IssueCommandHandler implements ICommandHandler<ExecuteIssueCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
    private readonly numbering: NumberingService,
  ) {}

  async execute({ issueId, command, envelope }: ExecuteIssueCommand): Promise<CommandResult> {
    const context = await this.contexts.create(envelope.actor);
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    const stream = issueStream(issueId);
    const numbered = new NumberedDecision(this.numbering, envelope);
    return numbered.guard(() =>
      this.runner.run(envelope, {
        stream,
        id: issueId,
        initial: initialIssueState,
        evolve: evolveIssue,
        // Scoped by the issue's own unit and region, read from its stream after the fold.
        authorize: (state) => assertMayCommand(envelope.actor, jurisdiction, command.type, state, 'no such issue'),
        decide: (state) =>
          // A rectification order gets its own document number (督改〔2026〕12号) from the issue's region.
          command.type === 'OrderRectification' && state.status !== 'initial'
            ? numbered.decide({ kind: 'order', regionId: state.regionId, streamId: stream, now: context.now, creates: 'RectificationOrdered' }, (orderNumber) =>
                decideIssue({ ...command, orderNumber }, state, context),
              )
            : decideIssue(command, state, context),
      }),
      stream,
    );
  }
}
