import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CaseLookups, DecideAccountabilityCommand } from '@app/application';
import { DomainError } from '@app/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@app/event-store';
import { CheckpointStore } from '../checkpoints/checkpoint.store';
import { CheckpointedSubscriber } from '../checkpoints/checkpointed-subscriber';

const NAME = 'case-decisions';

/**
 * One path to rule 3 (不整改必问责): when a case's decision is issued, append AccountabilityDecided {caseId} to each of
 * its issues — the only way a new decision meets an issue's accountability requirement. Driven by the event-store
 * subscription (durable, resumes from its checkpoint); the issue decider ignores a case it already recorded and each
 * command has a deterministic id, so a redelivered event appends nothing twice.
 */
@Injectable()
export class CaseDecisionsProcessManager extends CheckpointedSubscriber {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly commands: CommandBus,
    checkpoints: CheckpointStore,
    private readonly cases: CaseLookups,
  ) {
    super(NAME, ['accountability-'], store, checkpoints);
  }

  protected async react(event: RecordedEvent): Promise<void> {
    if (event.type === 'DecisionIssued') await this.recordOnIssues(event.stream.slice('accountability-'.length), event);
  }

  private async recordOnIssues(caseId: string, recorded: RecordedEvent): Promise<void> {
    const found = await this.cases.revealedCase(caseId);
    if (!found?.decision) return;
    const { decision, subjects } = found;
    const targets = subjects.map((s) => ({ kind: s.kind, name: s.name, unitId: s.unitId }));
    const measures = [...new Set(decision.measures.map((m) => m.measure))];
    for (const issueId of found.issueIds) {
      const command = { type: 'DecideAccountability' as const, targets, measures, basis: decision.basis, caseId, docNumber: decision.docNumber };
      const envelope = {
        commandId: `case-decision:${caseId}:${issueId}`, fingerprint: `${caseId}:${decision.docNumber}`,
        actor: { id: 'system:case-decisions', role: 'system' as const }, correlationId: recorded.metadata.correlationId, causationId: recorded.metadata.eventId,
      };
      try {
        await this.commands.execute(new DecideAccountabilityCommand(issueId, command, envelope));
      } catch (error) {
        // An issue that cannot take it (closed or withdrawn since) must not stall every later decision.
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`issue ${issueId} refused the decision of case ${caseId}: ${error.code}`);
      }
    }
  }
}
