import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { activityStream, decideActivity, DomainError, evolveActivity, initialActivityState, type ActivityCommand, type ActivityState } from '@app/domain';
import type { RegistryRepository } from '@app/registry';
import type { CommandResult } from '../command-envelope';
import { CONFLICTS_OF_INTEREST, type ConflictsOfInterest } from '../conflicts/conflicts-of-interest';
import { DecisionContextFactory } from '../decision-context.factory';
import { REGISTRY } from '../infrastructure/tokens';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { NumberedDecision } from '../numbering/numbered-decision';
import { NumberingService } from '../numbering/numbering.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { assertActivityAccess, planRegion, supervisorIdOf } from './activity-guards';
import { ActivityIssueFacts } from './activity-issue-facts';
import { ExecuteActivityCommand } from './execute-activity-command';

/** Commands that create a numbered document: the plan (督导〔…〕), the notice, the opinion letter. */
const NUMBERED: Partial<Record<ActivityCommand['type'], { kind: string; creates: string; field: string }>> = {
  PlanActivity: { kind: 'activity', creates: 'ActivityPlanned', field: 'number' },
  SendNotice: { kind: 'notice', creates: 'NoticeSent', field: 'noticeNumber' },
  IssueOpinionLetter: { kind: 'letter', creates: 'OpinionLetterIssued', field: 'letterNumber' },
};

/** The activity stream's handler: looks up the team's conflicts and the listed issues before deciding. */
@CommandHandler(ExecuteActivityCommand)
export class ActivityCommandHandler implements ICommandHandler<ExecuteActivityCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
    private readonly numbering: NumberingService,
    private readonly issueFacts: ActivityIssueFacts,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(CONFLICTS_OF_INTEREST) private readonly conflicts: ConflictsOfInterest,
  ) {}

  async execute({ activityId, command, envelope }: ExecuteActivityCommand): Promise<CommandResult> {
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    const supervisorId = await supervisorIdOf(envelope.actor, this.registry);
    const regionId = command.type === 'PlanActivity' ? await planRegion(command, envelope.actor, jurisdiction, this.registry) : null;
    const base = { ...(await this.contexts.create(envelope.actor)), actorSupervisorId: supervisorId };
    const stream = activityStream(activityId);
    const numbered = new NumberedDecision(this.numbering, envelope);
    const decide = async (state: ActivityState) => {
      const context = { ...base, ...(await this.facts(command, state)) };
      const planned = { ...command, ...(regionId ? { regionId } : {}) } as ActivityCommand;
      const numbering = NUMBERED[command.type];
      if (!numbering) return decideActivity(planned, state, context);
      const region = state.status === 'initial' ? (regionId ?? '') : state.regionId;
      return numbered.decide({ kind: numbering.kind, regionId: region, streamId: stream, now: context.now, creates: numbering.creates }, (number) =>
        decideActivity({ ...planned, [numbering.field]: number } as ActivityCommand, state, context),
      );
    };
    return numbered.guard(
      () =>
        this.runner.run(envelope, {
          stream,
          id: activityId,
          initial: initialActivityState,
          evolve: evolveActivity,
          authorize: (state) => assertActivityAccess(envelope.actor, supervisorId, jurisdiction, command.type, state),
          decide,
        }),
      stream,
    );
  }

  private async facts(command: ActivityCommand, state: ActivityState) {
    if (command.type === 'FormTeam') {
      const ids = [...new Set(command.members.map((m) => m.supervisorId))];
      await assertSupervisorsExist(ids, this.registry);
      return { supervisorConflicts: await this.conflicts.conflictsOfSupervisors(ids) };
    }
    if ((command.type === 'IssuePreliminaryOpinion' || command.type === 'IssueOpinionLetter') && state.status !== 'initial') {
      const listed = [...command.issueIds, ...(state.units[command.unitId]?.preliminary?.issueIds ?? [])];
      return { issues: await this.issueFacts.of(listed) };
    }
    return {};
  }
}

async function assertSupervisorsExist(ids: string[], registry: RegistryRepository): Promise<void> {
  const known = new Set((await registry.listSupervisors()).map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new DomainError('NOT_A_TEAM_MEMBER', `unknown supervisor(s): ${unknown.join(', ')}`, unknown.map((id) => ({ field: 'members', message: id })));
  }
}
