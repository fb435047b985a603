import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RegisterIssueCommand } from '@app/application';
import { DomainError, type EvaluationConcluded, type EvaluationLaunched } from '@app/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@app/event-store';
import { CheckpointStore } from '../checkpoints/checkpoint.store';
import { CheckpointedSubscriber } from '../checkpoints/checkpointed-subscriber';

const NAME = 'evaluation-findings';
/** The category a government's finding is filed under: 贯彻党的教育方针、落实立德树人 (the first of the nine matters). */
const CATEGORY = 'policy';

/**
 * 督政 → the loop: when an evaluation is concluded, each finding becomes an issue (with the id the conclusion gave
 * it) at the government evaluated, registered by the system with `source {kind: evaluation}` — then ordered,
 * reminded and closed like any other issue. Driven by the event-store subscription from its checkpoint; each
 * command's id names the finding, so a redelivered conclusion registers nothing twice.
 */
@Injectable()
export class EvaluationFindingsProcessManager extends CheckpointedSubscriber {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly commands: CommandBus,
    checkpoints: CheckpointStore,
  ) {
    super(NAME, ['evaluation-'], store, checkpoints);
  }

  protected async react(event: RecordedEvent): Promise<void> {
    if (event.type === 'EvaluationConcluded') await this.registerFindings(event as RecordedEvent<'EvaluationConcluded', EvaluationConcluded['data']>);
  }

  private async registerFindings(concluded: RecordedEvent<'EvaluationConcluded', EvaluationConcluded['data']>): Promise<void> {
    const [launched] = await this.store.readStream(concluded.stream, { toVersion: 1 });
    const launch = launched?.data as EvaluationLaunched['data'] | undefined;
    if (!launch) return;
    const { findings, issueIds } = concluded.data;
    for (const [i, finding] of findings.entries()) {
      const issueId = issueIds?.[i];
      if (!issueId) continue;
      const command = {
        type: 'RegisterIssue' as const, issueId, unitId: launch.subjectUnitId, category: CATEGORY, severity: 'general' as const, safetyHazard: false,
        title: finding.slice(0, 200), description: `${launch.year} 年度${launch.framework.name}评价发现：${finding}`,
        source: { kind: 'evaluation' as const, evaluationId: launch.evaluationId }, evidence: [],
      };
      const commandId = `evaluation-finding:${launch.evaluationId}:${i}`;
      const envelope = { commandId, fingerprint: commandId, actor: { id: 'system:evaluation-findings', role: 'system' as const }, correlationId: concluded.metadata.correlationId, causationId: concluded.metadata.eventId };
      try {
        await this.commands.execute(new RegisterIssueCommand(command, envelope));
      } catch (error) {
        // A finding the issue stream refuses (it exists already, say) must not stall every later conclusion.
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`finding ${i} of evaluation ${launch.evaluationId} was refused: ${error.code}`);
      }
    }
  }
}
