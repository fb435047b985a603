import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { complaintStream, decideComplaint, evolveComplaint, initialComplaintState } from '@app/domain';
import type { RegistryRepository } from '@app/registry';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { assertMayCommand, assertMayCommandAtUnit } from '../jurisdiction/jurisdiction.guards';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { REGISTRY } from '../infrastructure/tokens';
import { NumberedDecision } from '../numbering/numbered-decision';
import { NumberingService } from '../numbering/numbering.service';
import { NotFoundError } from '../preconditions';
import { StreamCommandRunner } from '../stream-command-runner';
import { ReceiveComplaintCommand } from './complaint.commands';

/** Looks up the unit's region and its responsibility supervisor (the default assignee), then numbers the complaint. */
@CommandHandler(ReceiveComplaintCommand)
export class ReceiveComplaintHandler implements ICommandHandler<ReceiveComplaintCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    private readonly jurisdictions: JurisdictionService,
    private readonly numbering: NumberingService,
  ) {}

  async execute({ command, envelope, filedByPublic }: ReceiveComplaintCommand): Promise<CommandResult> {
    const unit = await this.registry.findUnit(command.unitId);
    if (!unit) throw new NotFoundError(`unit ${command.unitId} does not exist`);
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    if (!filedByPublic) assertMayCommandAtUnit(envelope.actor, jurisdiction, command.type, { unitId: unit.id, regionId: unit.regionId });
    const supervisors = await this.registry.listSupervisors();
    const responsible = supervisors.find((s) => s.regionId === unit.regionId && s.assignedUnitIds.includes(unit.id)) ?? null;
    const context = await this.contexts.create(envelope.actor);
    const stream = complaintStream(command.complaintId);
    const numbered = new NumberedDecision(this.numbering, envelope);
    const full = { ...command, regionId: unit.regionId, defaultSupervisorId: responsible?.id ?? null, ...(filedByPublic ? { channel: 'online' as const } : {}) };
    return numbered.guard(() =>
      this.runner.run(envelope, {
        stream,
        id: command.complaintId,
        initial: initialComplaintState,
        evolve: evolveComplaint,
        authorize: (state) => (filedByPublic ? undefined : assertMayCommand(envelope.actor, jurisdiction, command.type, state, 'no such complaint')),
        decide: (state) =>
          numbered.decide({ kind: 'complaint', regionId: unit.regionId, streamId: stream, now: context.now, creates: 'ComplaintReceived' }, (number) =>
            decideComplaint({ ...full, ...(number ? { number } : {}) }, state, context),
          ),
      }),
      stream,
    );
  }
}
