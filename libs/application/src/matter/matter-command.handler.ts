import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideMatter, evolveMatter, initialMatterState, matterStream, type DecisionContext, type MatterCommand, type UnitFacts } from '@app/domain';
import type { RegistryRepository } from '@app/registry';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { REGISTRY } from '../infrastructure/tokens';
import { assertMayCommand, assertMayCommandAtUnit } from '../jurisdiction/jurisdiction.guards';
import { covers, type Jurisdiction } from '../jurisdiction/jurisdiction.policy';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { NumberedDecision } from '../numbering/numbered-decision';
import { NumberingService } from '../numbering/numbering.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { ExecuteMatterCommand } from './execute-matter-command';
import { matterScope } from './matter-scope';

/**
 * The generic handler of the matter stream: a registration is numbered (督查〔2026〕1号) in the office's region; an
 * assignment looks its units up in the registry first (the decider refuses one unknown or out of reach).
 */
@CommandHandler(ExecuteMatterCommand)
export class MatterCommandHandler implements ICommandHandler<ExecuteMatterCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
    private readonly numbering: NumberingService,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  async execute({ matterId, command, envelope }: ExecuteMatterCommand): Promise<CommandResult> {
    const { actor } = envelope;
    const [context, jurisdiction] = await Promise.all([this.contexts.create(actor), this.jurisdictions.resolve(actor)]);
    const regionId = actor.regionId ?? '';
    if (command.type === 'RegisterMatter') assertMayCommandAtUnit(actor, jurisdiction, command.type, { regionId });
    const stream = matterStream(matterId);
    const numbered = new NumberedDecision(this.numbering, envelope);
    return numbered.guard(
      () =>
        this.runner.run(envelope, {
          stream,
          id: matterId,
          initial: initialMatterState,
          evolve: evolveMatter,
          authorize: (state) => assertMayCommand(actor, jurisdiction, command.type, matterScope(state, actor), 'no such matter'),
          decide: async (state) => {
            if (command.type === 'RegisterMatter') {
              return numbered.decide({ kind: 'matter', regionId, streamId: stream, now: context.now, creates: 'MatterRegistered' }, (number) =>
                decideMatter({ ...command, matterId, regionId, number }, state, context),
              );
            }
            return decideMatter(command, state, await this.withUnits(command, context, jurisdiction));
          },
        }),
      stream,
    );
  }

  private async withUnits(command: MatterCommand, context: DecisionContext, jurisdiction: Jurisdiction): Promise<DecisionContext> {
    if (command.type !== 'AssignMatter') return context;
    const units = await this.registry.unitsWithSuperiors([command.leadUnitId, ...(command.assistingUnitIds ?? [])]);
    const facts = units.map((u): UnitFacts => ({ unitId: u.id, name: u.name, regionId: u.regionId, superiorUnitIds: u.superiorUnitIds, inActorJurisdiction: covers(jurisdiction, { unitId: u.id, regionId: u.regionId }) }));
    return { ...context, units: Object.fromEntries(facts.map((f) => [f.unitId, f])) };
  }
}
