import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideSupervisor, evolveSupervisor, initialSupervisorState, supervisorStream, type SupervisorCommand } from '@app/domain';
import type { RegistryRepository } from '@app/registry';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { REGISTRY } from '../infrastructure/tokens';
import { covers, markOutOfJurisdiction } from '../jurisdiction/jurisdiction.policy';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { ForbiddenError, NotFoundError } from '../preconditions';
import { StreamCommandRunner } from '../stream-command-runner';
import { supervisorIdOf } from '../activity/activity-guards';
import { ExecuteSupervisorCommand } from './execute-supervisor-command';
import { CONFLICTS_OF_INTEREST, type ConflictsOfInterest } from '../conflicts/conflicts-of-interest';

/** What a supervisor records about themselves; the office (coordinator, leader of the region) records everything. */
const OWN_DUTIES: readonly SupervisorCommand['type'][] = ['RecordTraining', 'DeclareConflict', 'WithdrawConflict'];

/** The supervisor stream's handler: the supervisor (and a named unit) must exist in the registry, within reach. */
@CommandHandler(ExecuteSupervisorCommand)
export class SupervisorCommandHandler implements ICommandHandler<ExecuteSupervisorCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CONFLICTS_OF_INTEREST) private readonly conflicts: ConflictsOfInterest,
  ) {}

  async execute({ supervisorId, command, envelope }: ExecuteSupervisorCommand): Promise<CommandResult> {
    const supervisor = await this.registry.findSupervisor(supervisorId);
    if (!supervisor) throw new NotFoundError(`supervisor ${supervisorId} does not exist`);
    const actor = envelope.actor;
    const jurisdiction = await this.jurisdictions.resolve(actor);
    const self = (await supervisorIdOf(actor, this.registry)) === supervisorId;
    const office = (actor.role === 'coordinator' || actor.role === 'leader') && covers(jurisdiction, { regionId: supervisor.regionId });
    if (!self && !office && actor.role !== 'system') {
      const reason = `${command.type}: supervisor ${supervisorId} is outside the reach of ${actor.id}`;
      throw markOutOfJurisdiction(actor.role === 'coordinator' || actor.role === 'leader' ? new NotFoundError(`supervisor ${supervisorId} does not exist`) : new ForbiddenError(reason), reason);
    }
    if (self && !office && !OWN_DUTIES.includes(command.type)) throw new ForbiddenError(`${command.type}: recorded by the office`);
    if ('unitId' in command && !(await this.registry.findUnit(command.unitId))) throw new NotFoundError(`unit ${command.unitId} does not exist`);
    const context = await this.contexts.create(actor);
    try {
      return await this.runner.run(envelope, {
        stream: supervisorStream(supervisorId),
        id: supervisorId,
        initial: initialSupervisorState,
        evolve: evolveSupervisor,
        decide: (state) => decideSupervisor({ ...command, supervisorId, regionId: supervisor.regionId } as SupervisorCommand, state, context),
      });
    } finally {
      // Declared conflicts are kept in memory: this process's next decision must see this change.
      this.conflicts.changed?.(supervisorId);
    }
  }
}
