import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { accountabilityStream, decideCase, decideIssue, DomainError, evolveCase, initialCaseState, quickCaseGrounds, quickCaseMeasures, type DecideSummarily } from '@app/domain';
import type { RegistryRepository } from '@app/registry';
import { DecisionContextFactory } from '../decision-context.factory';
import { REGISTRY } from '../infrastructure/tokens';
import { DecideAccountabilityCommand } from '../issue/decide-accountability.command';
import { assertMayCommand } from '../jurisdiction/jurisdiction.guards';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { NumberedDecision } from '../numbering/numbered-decision';
import { NumberingService } from '../numbering/numbering.service';
import { PreconditionFailedError } from '../preconditions';
import { StreamCommandRunner } from '../stream-command-runner';
import { accountabilityUnitFacts } from './accountability-unit-facts';
import { DecideQuicklyCommand } from './case-commands';
import { CaseLookups } from './case-lookups';

/**
 * The quick decision: the issue's own rules are checked first (a refusal appends nothing anywhere), then the case is
 * opened and decided in one append (the decider must chair the committee), then the decision is recorded on the
 * issue with the command id the case-decisions process manager uses — it finds the work done, or finishes it.
 */
@CommandHandler(DecideQuicklyCommand)
export class DecideQuicklyHandler implements ICommandHandler<DecideQuicklyCommand> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
    private readonly numbering: NumberingService,
    private readonly lookups: CaseLookups,
    private readonly commands: CommandBus,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  async execute({ issueId, caseId, decision, envelope }: DecideQuicklyCommand) {
    const [context, jurisdiction, issue] = await Promise.all([this.contexts.create(envelope.actor), this.jurisdictions.resolve(envelope.actor), this.lookups.issueState(issueId)]);
    assertMayCommand(envelope.actor, jurisdiction, 'DecideAccountability', issue, 'no such issue');
    if (issue.status === 'initial') throw new DomainError('NOT_FOUND', 'no such issue');
    const done = (issue.decidedCaseIds ?? []).includes(caseId);
    if (!done && envelope.expectedVersion !== undefined && envelope.expectedVersion !== issue.version) throw new PreconditionFailedError(envelope.expectedVersion, issue.version);
    const units = await accountabilityUnitFacts(this.registry, [...decision.targets.map((t) => t.unitId), issue.unitId], jurisdiction);
    if (!done) decideIssue({ type: 'DecideAccountability', ...decision, caseId, docNumber: 'pending' }, issue, { ...context, units });

    const subjects = decision.targets.map((t) => ({ kind: t.kind, unitId: t.unitId ?? '', name: t.name }));
    const summary: DecideSummarily = {
      type: 'DecideSummarily', caseId, regionId: issue.regionId, issueIds: [issueId], subjects, grounds: quickCaseGrounds(issue), basis: decision.basis,
      measures: quickCaseMeasures(subjects, decision.measures),
      position: await this.lookups.committeePosition(envelope.actor),
    };
    const stream = accountabilityStream(caseId);
    const numbered = new NumberedDecision(this.numbering, envelope);
    const caseEnvelope = { ...envelope, expectedVersion: undefined };
    await numbered.guard(() =>
      this.runner.run(caseEnvelope, {
        stream, id: caseId, initial: initialCaseState, evolve: evolveCase,
        decide: async (state) => {
          const opened = await numbered.decide({ kind: 'case', regionId: issue.regionId, streamId: stream, now: context.now, creates: 'CaseOpened' }, (number) =>
            decideCase({ ...summary, number, docNumber: 'pending' }, state, context));
          const number = opened.find((e) => e.type === 'CaseOpened')?.data as { number?: string } | undefined;
          return numbered.decide({ kind: 'case_decision', regionId: issue.regionId, streamId: stream, now: context.now, creates: 'DecisionIssued' }, (docNumber) =>
            decideCase({ ...summary, number: number?.number, docNumber: docNumber ?? 'pending' }, state, context));
        },
      }),
      stream,
    );

    const decided = await this.lookups.revealedCase(caseId);
    const docNumber = decided?.decision?.docNumber;
    const onIssue = { type: 'DecideAccountability' as const, ...decision, caseId, ...(docNumber ? { docNumber } : {}) };
    const issueEnvelope = { ...envelope, commandId: `case-decision:${caseId}:${issueId}`, fingerprint: `${caseId}:${docNumber}`, expectedVersion: undefined };
    const result = await this.commands.execute(new DecideAccountabilityCommand(issueId, onIssue, issueEnvelope));
    return { ...result, caseId, ...(decided?.number ? { caseNumber: decided.number } : {}), ...(docNumber ? { docNumber } : {}) };
  }
}
