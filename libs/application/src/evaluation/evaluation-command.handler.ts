import { createHash } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideEvaluation, DomainError, evaluationStream, evolveEvaluation, initialEvaluationState, type EvaluationCommand, type EvaluationState, type FieldError } from '@app/domain';
import type { RegistryRepository } from '@app/registry';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { REGISTRY } from '../infrastructure/tokens';
import { assertMayCommand, assertMayCommandAtUnit } from '../jurisdiction/jurisdiction.guards';
import { covers } from '../jurisdiction/jurisdiction.policy';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { NumberedDecision } from '../numbering/numbered-decision';
import { NumberingService } from '../numbering/numbering.service';
import { NotFoundError } from '../preconditions';
import { StreamCommandRunner } from '../stream-command-runner';
import { ExecuteEvaluationCommand } from './execute-evaluation-command';
import { FrameworksService } from './frameworks.service';

/** The generic handler of evaluations; a launch first looks up the framework's current version and the unit evaluated. */
@CommandHandler(ExecuteEvaluationCommand)
export class EvaluationCommandHandler implements ICommandHandler<ExecuteEvaluationCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
    private readonly frameworks: FrameworksService,
    private readonly numbering: NumberingService,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  async execute({ evaluationId, command: request, envelope }: ExecuteEvaluationCommand): Promise<CommandResult> {
    const { actor } = envelope;
    const [context, jurisdiction] = await Promise.all([this.contexts.create(actor), this.jurisdictions.resolve(actor)]);
    let command = request as EvaluationCommand;
    if ('frameworkCode' in request) {
      const unit = await this.registry.findUnit(request.subjectUnitId);
      if (!unit) throw new NotFoundError(`unit ${request.subjectUnitId} does not exist`);
      assertMayCommandAtUnit(actor, jurisdiction, request.type, { unitId: unit.id, regionId: unit.regionId });
      const { frameworkCode, ...rest } = request;
      command = { ...rest, team: await this.teamUserIds(rest.team), evaluationId, regionId: unit.regionId, framework: await this.frameworks.current(frameworkCode) };
      context.units = { [unit.id]: { unitId: unit.id, name: unit.name, regionId: unit.regionId, superiorUnitIds: [], inActorJurisdiction: covers(jurisdiction, { unitId: unit.id, regionId: unit.regionId }) } };
    }
    if ('findingTexts' in request) {
      const texts = request.findingTexts.map((text) => text.trim()).filter(Boolean);
      command = { type: 'ConcludeEvaluation', summary: request.summary, findings: texts.map((text, i) => ({ text, issueId: findingIssueId(evaluationId, i) })) };
    }
    const stream = evaluationStream(evaluationId);
    const numbered = new NumberedDecision(this.numbering, envelope);
    // the report is numbered at its first publication (督评〔2026〕1号); widening internal → public keeps that number
    const decide = async (state: EvaluationState) =>
      command.type === 'PublishEvaluation' && state.status === 'concluded' && !state.publication
        ? numbered.decide({ kind: 'evaluation', regionId: state.regionId, streamId: stream, now: context.now, creates: 'EvaluationPublished' }, (number) =>
            decideEvaluation({ ...command, number } as EvaluationCommand, state, context))
        : decideEvaluation(command, state, context);
    return numbered.guard(
      () =>
        this.runner.run(envelope, {
          stream,
          id: evaluationId,
          initial: initialEvaluationState,
          evolve: evolveEvaluation,
          // a member of the evaluating team reviews its indicators whatever their jurisdiction (a supervisor's is schools)
          authorize: (state) => (command.type === 'ReviewIndicator' && state.status !== 'initial' && state.team.includes(actor.id)
            ? undefined
            : assertMayCommand(actor, jurisdiction, command.type, state, 'no such evaluation')),
          decide,
        }),
      stream,
    );
  }

  /** The team as user ids (a member may be named by username): the review rule compares them with the reviewer's id. */
  private async teamUserIds(team: readonly string[]): Promise<string[]> {
    const known = new Set((await this.registry.findUsers(team)).map((user) => user.id));
    const errors: FieldError[] = [];
    const ids: string[] = [];
    for (const [index, entry] of team.entries()) {
      const id = known.has(entry) ? entry : (await this.registry.findUserByUsername(entry))?.id;
      if (id) ids.push(id);
      else errors.push({ field: `team[${index}]`, message: `no user ${entry}` });
    }
    if (errors.length) throw new DomainError('UNKNOWN_TEAM_MEMBER', errors.map((e) => e.message).join('; '), errors);
    return [...new Set(ids)];
  }
}

/** The issue a finding becomes: a uuid derived from the evaluation and the finding's place, the same on every retry. */
export function findingIssueId(evaluationId: string, index: number): string {
  const hex = createHash('sha256').update(`evaluation-finding|${evaluationId}|${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
