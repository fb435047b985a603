import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { activityStream, decideIssue, DomainError, evolveIssue, foldActivity, initialIssueState, issueStream, type ActivityEvent } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
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
import { RegisterIssueCommand } from './register-issue.command';

/** Registering needs the unit's region from the registry before deciding. */
@CommandHandler(RegisterIssueCommand)
export class RegisterIssueHandler implements ICommandHandler<RegisterIssueCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    private readonly jurisdictions: JurisdictionService,
    private readonly numbering: NumberingService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ command, envelope }: RegisterIssueCommand): Promise<CommandResult> {
    const unit = await this.registry.findUnit(command.unitId);
    if (!unit) throw new NotFoundError(`unit ${command.unitId} does not exist`);
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    assertMayCommandAtUnit(envelope.actor, jurisdiction, command.type, { unitId: unit.id, regionId: unit.regionId });
    if (command.source?.activityId) await this.assertActivityTargets(command.source.activityId, unit.id);
    const context = await this.contexts.create(envelope.actor);
    const stream = issueStream(command.issueId);
    const numbered = new NumberedDecision(this.numbering, envelope);
    return numbered.guard(() =>
      this.runner.run(envelope, {
        stream,
        id: command.issueId,
        initial: initialIssueState,
        evolve: evolveIssue,
        authorize: (state) => assertMayCommand(envelope.actor, jurisdiction, command.type, state, 'no such issue'),
        decide: (state) =>
          numbered.decide({ kind: 'issue', regionId: unit.regionId, streamId: stream, now: context.now, creates: 'IssueRegistered' }, (number) =>
            decideIssue({ ...command, regionId: unit.regionId, number }, state, context),
          ),
      }),
      stream,
    );
  }

  /** An issue found during an activity names it: the activity exists and the unit is one of its targets. */
  private async assertActivityTargets(activityId: string, unitId: string): Promise<void> {
    const events = await this.store.readStream(activityStream(activityId), { toVersion: 1 });
    const activity = foldActivity(events.map((e) => ({ type: e.type, data: e.data }) as ActivityEvent));
    if (activity.status === 'initial') throw new NotFoundError(`activity ${activityId} does not exist`);
    if (!activity.targetUnitIds.includes(unitId)) throw new DomainError('UNIT_NOT_TARGETED', `${unitId} is not a target of activity ${activity.number ?? activityId}`);
  }
}
