import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideVisit, evolveVisit, initialVisitState, visitStream } from '@app/domain';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { assertMayCommand } from '../jurisdiction/jurisdiction.guards';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { ExecuteVisitCommand } from './execute-visit-command';

/** The generic handler of an existing visit stream: scoped by the visit's own unit and region. */
@CommandHandler(ExecuteVisitCommand)
export class VisitCommandHandler implements ICommandHandler<ExecuteVisitCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  async execute({ visitId, command, envelope }: ExecuteVisitCommand): Promise<CommandResult> {
    const context = await this.contexts.create(envelope.actor);
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    return this.runner.run(envelope, {
      stream: visitStream(visitId),
      id: visitId,
      initial: initialVisitState,
      evolve: evolveVisit,
      authorize: (state) => assertMayCommand(envelope.actor, jurisdiction, command.type, state, 'no such visit'),
      decide: (state) => decideVisit(command, state, context),
    });
  }
}
