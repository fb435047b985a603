import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore, RecordedEvent, Subscription } from '@app/event-store';
import type { CheckpointStore } from './checkpoint.store';

/**
 * What every process manager shares: a durable subscription that resumes after its saved checkpoint, reacts to each
 * event in log order and saves the checkpoint after it. A reaction that throws stops the batch before its checkpoint
 * is saved, so the subscription retries it (at least once: reactions are idempotent by their command ids).
 */
export abstract class CheckpointedSubscriber implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger: Logger;
  private subscription: Subscription | null = null;

  protected constructor(
    private readonly checkpointName: string,
    private readonly streamPrefixes: string[],
    protected readonly store: EventStore,
    protected readonly checkpoints: CheckpointStore,
  ) {
    this.logger = new Logger(checkpointName);
  }

  async onApplicationBootstrap(): Promise<void> {
    const after = await this.checkpoints.load(this.checkpointName);
    this.subscription = this.store.subscribe((events) => this.handle(events), {
      after,
      streamPrefixes: this.streamPrefixes,
      pollIntervalMs: 100,
      onError: (error) => this.logger.error(`retrying after: ${String(error)}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  async handle(events: RecordedEvent[]): Promise<void> {
    for (const event of events) {
      await this.react(event);
      await this.checkpoints.save(this.checkpointName, event.position);
    }
  }

  /** The reaction to one event of the subscribed streams (most ignore all but one type). */
  protected abstract react(event: RecordedEvent): Promise<void>;
}
