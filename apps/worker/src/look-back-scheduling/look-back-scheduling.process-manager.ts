import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ExecuteIssueCommand } from '@app/application';
import { DomainError, type LookBackSampleDrawn } from '@app/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@app/event-store';
import { CheckpointStore } from '../checkpoints/checkpoint.store';
import { CheckpointedSubscriber } from '../checkpoints/checkpointed-subscriber';

const NAME = 'look-back-scheduling';

/**
 * 回头看: when a quarter's sample is drawn, every sampled issue gets LookBackScheduled (reason sampled, due with the
 * sample). Driven by the event-store subscription (durable, resumes from its checkpoint); each issue command has a
 * deterministic id, so a redelivered event appends nothing twice. An issue that refuses (reopened since) is logged.
 */
@Injectable()
export class LookBackSchedulingProcessManager extends CheckpointedSubscriber {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly commands: CommandBus,
    checkpoints: CheckpointStore,
  ) {
    super(NAME, ['lookback-'], store, checkpoints);
  }

  protected async react(event: RecordedEvent): Promise<void> {
    if (event.type === 'LookBackSampleDrawn') await this.schedule(event as RecordedEvent<'LookBackSampleDrawn', LookBackSampleDrawn['data']>);
  }

  private async schedule(recorded: RecordedEvent<'LookBackSampleDrawn', LookBackSampleDrawn['data']>): Promise<void> {
    const { sampleId, sample, dueAt } = recorded.data;
    for (const issueId of sample) {
      const commandId = `look-back-sample:${sampleId}:${issueId}`;
      const envelope = { commandId, fingerprint: commandId, actor: { id: 'system:look-back-scheduling', role: 'system' as const }, correlationId: recorded.metadata.correlationId, causationId: recorded.metadata.eventId };
      try {
        await this.commands.execute(new ExecuteIssueCommand(issueId, { type: 'ScheduleLookBack', dueAt, reason: 'sampled', sampleId }, envelope));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`issue ${issueId} refused its sampled look-back (${sampleId}): ${error.code}`);
      }
    }
  }
}
