import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideVisit, evolveVisit, initialVisitState, visitStream } from '@app/domain';
import type { RegistryRepository } from '@app/registry';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { assertMayCommandAtUnit } from '../jurisdiction/jurisdiction.guards';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { REGISTRY } from '../infrastructure/tokens';
import { NotFoundError } from '../preconditions';
import { StreamCommandRunner } from '../stream-command-runner';
import { RecordVisitCommand } from './record-visit.command';

/** Recording a visit needs the unit's region from the registry. */
@CommandHandler(RecordVisitCommand)
export class RecordVisitHandler implements ICommandHandler<RecordVisitCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  async execute({ command, envelope }: RecordVisitCommand): Promise<CommandResult> {
    const unit = await this.registry.findUnit(command.unitId);
    if (!unit) throw new NotFoundError(`unit ${command.unitId} does not exist`);
    assertMayCommandAtUnit(envelope.actor, await this.jurisdictions.resolve(envelope.actor), command.type, { unitId: unit.id, regionId: unit.regionId });
    const context = await this.contexts.create(envelope.actor);
    return this.runner.run(envelope, {
      stream: visitStream(command.visitId),
      id: command.visitId,
      initial: initialVisitState,
      evolve: evolveVisit,
      decide: (state) => decideVisit({ ...command, regionId: unit.regionId }, state, context),
    });
  }
}
