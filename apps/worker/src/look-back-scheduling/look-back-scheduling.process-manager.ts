import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ExecuteIssueCommand } from '@app/application';
import { DomainError, type LookBackSampleDrawn } from '@app/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent, type Subscription } from '@app/event-store';
import { CheckpointStore } from '../checkpoints/checkpoint.store';

const NAME = 'look-back-scheduling';

/**
 * 回头看: when a quarter's sample is drawn, every sampled issue gets LookBackScheduled (reason sampled, due with the
 * sample). Driven by the event-store subscription (durable, resumes from its checkpoint); each issue command has a
 * deterministic id, so a redelivered event appends nothing twice. An issue that refuses (reopened since) is logged.
 */
@Injectable()
export class LookBackSchedulingProcessManager implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NAME);
  private subscription: Subscription | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly commands: CommandBus,
    private readonly checkpoints: CheckpointStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const after = await this.checkpoints.load(NAME);
    this.subscription = this.store.subscribe((events) => this.handle(events), {
      after,
      streamPrefixes: ['lookback-'],
      pollIntervalMs: 100,
      onError: (error) => this.logger.error(`retrying after: ${String(error)}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  async handle(events: RecordedEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type === 'LookBackSampleDrawn') await this.schedule(event as RecordedEvent<'LookBackSampleDrawn', LookBackSampleDrawn['data']>);
      await this.checkpoints.save(NAME, event.position);
    }
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
