import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideIssue, evolveIssue, initialIssueState, issueStream, type IssueState, type UnitFacts } from '@app/domain';
import type { RegistryRepository } from '@app/registry';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { REGISTRY } from '../infrastructure/tokens';
import { assertMayCommand } from '../jurisdiction/jurisdiction.guards';
import type { Jurisdiction } from '../jurisdiction/jurisdiction.policy';
import { accountabilityUnitFacts } from '../accountability/accountability-unit-facts';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { DecideAccountabilityCommand } from './decide-accountability.command';

/**
 * Looks up, before deciding, what the registry says about every target's unit and the issue's own unit (exists,
 * in the leader's jurisdiction, superior departments); the domain decides ACCOUNTABILITY_TARGET_INVALID from it.
 */
@CommandHandler(DecideAccountabilityCommand)
export class DecideAccountabilityHandler implements ICommandHandler<DecideAccountabilityCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  async execute({ issueId, command, envelope }: DecideAccountabilityCommand): Promise<CommandResult> {
    const context = await this.contexts.create(envelope.actor);
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    return this.runner.run(envelope, {
      stream: issueStream(issueId),
      id: issueId,
      initial: initialIssueState,
      evolve: evolveIssue,
      authorize: (state) => assertMayCommand(envelope.actor, jurisdiction, command.type, state, 'no such issue'),
      decide: async (state) => decideIssue(command, state, { ...context, units: await this.unitFacts(command.targets, state, jurisdiction) }),
    });
  }

  private async unitFacts(targets: DecideAccountabilityCommand['command']['targets'], state: IssueState, jurisdiction: Jurisdiction): Promise<Record<string, UnitFacts>> {
    return accountabilityUnitFacts(this.registry, [...(targets ?? []).map((target) => target.unitId), state.status === 'initial' ? '' : state.unitId], jurisdiction);
  }
}
