import { createHash } from 'node:crypto';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { complaintStream, decideComplaint, DomainError, evolveComplaint, initialComplaintState, type ComplaintState } from '@app/domain';
import type { CommandEnvelope, CommandResult } from '../command-envelope';
import { DecisionContextFactory } from '../decision-context.factory';
import { RegisterIssueCommand } from '../issue/register-issue.command';
import { assertMayCommand } from '../jurisdiction/jurisdiction.guards';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { StreamCommandRunner } from '../stream-command-runner';
import { VerifyComplaintCommand, type ComplaintIssueSpec } from './complaint.commands';

/**
 * 核实: the verification is decided once on the complaint without appending (a refusal registers nothing), then
 * each issue found is registered at the complaint's unit with `source {kind: complaint, complaintId}` — ids and
 * command ids derived from this command's id, so a retry lands on the same issues — then ComplaintVerified links
 * them. A replayed command replays every step.
 */
@CommandHandler(VerifyComplaintCommand)
export class VerifyComplaintHandler implements ICommandHandler<VerifyComplaintCommand, CommandResult & { issueIds: string[] }> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly contexts: DecisionContextFactory,
    private readonly jurisdictions: JurisdictionService,
    private readonly commands: CommandBus,
  ) {}

  async execute({ complaintId, command, envelope }: VerifyComplaintCommand): Promise<CommandResult & { issueIds: string[] }> {
    const jurisdiction = await this.jurisdictions.resolve(envelope.actor);
    const issueIds = command.issues.map((_, i) => derivedId(`${complaintId}|${envelope.commandId}|${i}`));
    const run = async (dryRun: boolean) => {
      const context = await this.contexts.create(envelope.actor);
      let seen: ComplaintState = initialComplaintState;
      const result = await this.runner.run(envelope, {
        stream: complaintStream(complaintId),
        id: complaintId,
        initial: initialComplaintState,
        evolve: evolveComplaint,
        authorize: (state) => assertMayCommand(envelope.actor, jurisdiction, 'VerifyComplaint', state, 'no such complaint'),
        decide: (state) => {
          seen = state;
          const events = decideComplaint({ type: 'VerifyComplaint', outcome: command.outcome, findings: command.findings, issueIds }, state, context);
          return dryRun ? [] : events;
        },
      });
      return { result, seen: seen as ComplaintState, context };
    };
    const checked = await run(true);
    const complaint = checked.seen;
    const unknown = command.issues.map((spec) => spec.category).filter((c) => !checked.context.policy.categories.includes(c));
    if (unknown.length > 0) {
      throw new DomainError('UNKNOWN_CATEGORY', `unknown category: ${unknown.join(', ')}`, unknown.map(() => ({ field: 'issues.category', message: 'not a category' })));
    }
    // A replay answers before deciding: the issues were registered by its first run (their creations replay too).
    if (!checked.result.replayed && complaint.status !== 'initial') {
      for (const [i, spec] of command.issues.entries()) await this.register(issueIds[i], complaintId, complaint.unitId, spec, envelope, i);
    }
    const { result } = checked.result.replayed ? checked : await run(false);
    return { ...result, issueIds };
  }

  private register(issueId: string, complaintId: string, unitId: string, spec: ComplaintIssueSpec, envelope: CommandEnvelope, i: number) {
    const issueEnvelope: CommandEnvelope = {
      ...envelope,
      commandId: `${envelope.commandId}:issue:${i}`,
      fingerprint: createHash('sha256').update(`${envelope.fingerprint}|issue|${i}`).digest('hex'),
      causationId: envelope.commandId,
      expectedVersion: undefined,
    };
    const command = {
      type: 'RegisterIssue' as const, issueId, unitId, category: spec.category, severity: spec.severity, safetyHazard: spec.safetyHazard === true,
      title: spec.title, description: spec.description, source: { kind: 'complaint' as const, complaintId }, evidence: [],
    };
    return this.commands.execute(new RegisterIssueCommand(command, issueEnvelope));
  }
}

/** A uuid (version 8, name-based) from a name: the same name always gives the same id. */
function derivedId(name: string): string {
  const hex = createHash('sha256').update(`complaint-issue|${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
