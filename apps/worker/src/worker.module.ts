import { Module } from '@nestjs/common';
import { ApplicationModule } from '@app/application';
import { BulletinResultsProcessManager } from './bulletin-results/bulletin-results.process-manager';
import { CheckpointStore } from './checkpoints/checkpoint.store';

/** Durable reactions, driven by the event-store subscription: process managers, later projections and timers. */
@Module({
  imports: [ApplicationModule],
  providers: [CheckpointStore, BulletinResultsProcessManager],
})
export class WorkerModule {}
