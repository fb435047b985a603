import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { accountabilityStream, assertAccountabilityTargets, decideCase, DomainError, evolveCase, initialCaseState } from '@app/domain';
import type { RegistryRepository } from '@app/registry';
import type { CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { REGISTRY } from '../infrastructure/tokens';
import { assertMayCommand } from '../jurisdiction/jurisdiction.guards';
import { accountabilityUnitFacts } from './accountability-unit-facts';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { NumberedDecision } from '../numbering/numbered-decision';
import { NumberingService } from '../numbering/numbering.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { OpenCaseCommand } from './case-commands';
import { CaseLookups } from './case-lookups';

/**
 * 立案: every issue must exist and lie in the jurisdiction (else 404, as if it did not exist), all in one region; each
 * subject's unit is the issues' unit or its superior department in the jurisdiction (ACCOUNTABILITY_TARGET_INVALID).
 */
@CommandHandler(OpenCaseCommand)
export class OpenCaseHandler implements ICommandHandler<OpenCaseCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
    private readonly numbering: NumberingService,
    private readonly lookups: CaseLookups,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  async execute({ command, envelope }: OpenCaseCommand): Promise<CommandResult> {
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    const context = await this.contexts.create(envelope.actor);
    const issues = await Promise.all([...new Set(command.issueIds ?? [])].map((id) => this.lookups.issueState(id)));
    for (const issue of issues) assertMayCommand(envelope.actor, jurisdiction, command.type, issue, 'no such issue');
    if (issues.length === 0 || issues.some((issue) => issue.status === 'initial')) throw new DomainError('NOT_FOUND', 'no such issue');
    const regions = new Set(issues.map((issue) => (issue.status === 'initial' ? '' : issue.regionId)));
    if (regions.size !== 1) throw new DomainError('INVALID_TRANSITION', 'the issues of one case belong to one region', [{ field: 'issueIds', message: 'one region' }]);
    const units = await accountabilityUnitFacts(this.registry, [...(command.subjects ?? []).map((s) => s.unitId), ...issues.map((i) => (i.status === 'initial' ? '' : i.unitId))], jurisdiction);
    for (const issue of issues) if (issue.status !== 'initial') assertAccountabilityTargets(command.subjects ?? [], issue, { ...context, units });
    const regionId = [...regions][0];
    const stream = accountabilityStream(command.caseId);
    const numbered = new NumberedDecision(this.numbering, envelope);
    return numbered.guard(() =>
      this.runner.run(envelope, {
        stream, id: command.caseId, initial: initialCaseState, evolve: evolveCase,
        decide: (state) =>
          numbered.decide({ kind: 'case', regionId, streamId: stream, now: context.now, creates: 'CaseOpened' }, (number) => decideCase({ ...command, regionId, number }, state, context)),
      }),
      stream,
    );
  }

}
