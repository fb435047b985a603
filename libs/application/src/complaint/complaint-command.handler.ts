import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { complaintStream, decideComplaint, evolveComplaint, initialComplaintState } from '@app/domain';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { assertMayCommand } from '../jurisdiction/jurisdiction.guards';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { ExecuteComplaintCommand } from './complaint.commands';

/** The generic handler of the complaint stream. */
@CommandHandler(ExecuteComplaintCommand)
export class ComplaintCommandHandler implements ICommandHandler<ExecuteComplaintCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  async execute({ complaintId, command, envelope }: ExecuteComplaintCommand): Promise<CommandResult> {
    const context = await this.contexts.create(envelope.actor);
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    return this.runner.run(envelope, {
      stream: complaintStream(complaintId),
      id: complaintId,
      initial: initialComplaintState,
      evolve: evolveComplaint,
      authorize: (state) => assertMayCommand(envelope.actor, jurisdiction, command.type, state, 'no such complaint'),
      decide: (state) => decideComplaint(command, state, context),
    });
  }
}
