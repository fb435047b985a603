import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { bulletinStream, decideBulletin, evolveBulletin, initialBulletinState } from '@app/domain';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { assertMayCommand } from '../jurisdiction/jurisdiction.guards';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { ExecuteBulletinCommand } from './execute-bulletin-command';

/** The generic handler of the bulletin stream. */
@CommandHandler(ExecuteBulletinCommand)
export class BulletinCommandHandler implements ICommandHandler<ExecuteBulletinCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  async execute({ bulletinId, command, envelope }: ExecuteBulletinCommand): Promise<CommandResult> {
    const context = await this.contexts.create(envelope.actor);
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    return this.runner.run(envelope, {
      stream: bulletinStream(bulletinId),
      id: bulletinId,
      initial: initialBulletinState,
      evolve: evolveBulletin,
      // A bulletin belongs to the region it was drafted in.
      authorize: (state) =>
        assertMayCommand(envelope.actor, jurisdiction, command.type, state.status === 'initial' ? null : { regionId: state.regionId }, 'no such bulletin'),
      decide: (state) => decideBulletin(command, state, context),
    });
  }
}
