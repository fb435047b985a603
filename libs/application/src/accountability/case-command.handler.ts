import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { accountabilityStream, decideCase, evolveCase, initialCaseState, type CaseCommand, type CaseState } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { assertMayCommand } from '../jurisdiction/jurisdiction.guards';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { NumberedDecision } from '../numbering/numbered-decision';
import { NumberingService } from '../numbering/numbering.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { ExecuteCaseCommand } from './case-commands';
import { CaseLookups } from './case-lookups';

/**
 * The case stream's one handler. Scoped by the case's region (from its first event). Three steps need a look-up first:
 * the opinion (从重 from history), the approval (the approver's committee position) and the decision (its number).
 */
@CommandHandler(ExecuteCaseCommand)
export class CaseCommandHandler implements ICommandHandler<ExecuteCaseCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
    private readonly numbering: NumberingService,
    private readonly lookups: CaseLookups,
  ) {}

  async execute({ caseId, command, envelope }: ExecuteCaseCommand): Promise<CommandResult> {
    const context = await this.contexts.create(envelope.actor);
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    const stream = accountabilityStream(caseId);
    const numbered = new NumberedDecision(this.numbering, envelope);
    return numbered.guard(() =>
      this.runner.run(envelope, {
        stream, id: caseId, initial: initialCaseState, evolve: evolveCase,
        authorize: (state) => assertMayCommand(envelope.actor, jurisdiction, command.type, scopeOf(state), 'no such accountability case'),
        decide: async (state) => {
          const enriched = await this.enrich(command, state, envelope, context.now);
          if (enriched.type !== 'IssueDecision' || state.stage === 'initial') return decideCase(enriched, state, context);
          const regionId = state.regionId;
          return numbered.decide({ kind: 'case_decision', regionId, streamId: stream, now: context.now, creates: 'DecisionIssued' }, (docNumber) =>
            decideCase({ ...enriched, docNumber: docNumber ?? 'pending' }, state, context),
          );
        },
      }),
      stream,
    );
  }

  private async enrich(command: ExecuteCaseCommand['command'], state: CaseState, envelope: CommandEnvelope, now: string): Promise<CaseCommand> {
    if (state.stage === 'initial') return command;
    if (command.type === 'ApproveDecision') return { ...command, position: await this.lookups.committeePosition(envelope.actor) };
    if (command.type === 'FormOpinion') return { ...command, history: await this.lookups.history(state, now) };
    return command;
  }
}

function scopeOf(state: CaseState): { status: string; regionId?: string; unitId?: string } {
  if (state.stage === 'initial') return { status: 'initial' };
  return { status: state.stage, regionId: state.regionId, unitId: state.subjects[0]?.unitId };
}
