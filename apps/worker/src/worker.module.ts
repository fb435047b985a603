import { Module } from '@nestjs/common';
import { ApplicationModule } from '@app/application';
import { BulletinResultsProcessManager } from './bulletin-results/bulletin-results.process-manager';
import { CheckpointStore } from './checkpoints/checkpoint.store';
import { CoverageClock } from './coverage-clock/coverage-clock';
import { DutiesClock } from './duties-clock/duties-clock';
import { WebhookDeliverer } from './alert-delivery/webhook-deliverer';
import { DeadlineClock } from './deadline-clock/deadline-clock';
import { DeadlineRecomputeProcessManager } from './deadline-recompute/deadline-recompute.process-manager';
import { DemoHistoryModule } from './demo-history/demo-history.module';
import { ProjectionRunner } from './projections/projection-runner';
import { WorkerHeartbeat } from './projections/worker-heartbeat';

/** Durable reactions, driven by the event-store subscription: process managers, projections and timers. */
@Module({
  imports: [ApplicationModule, DemoHistoryModule],
  providers: [CheckpointStore, BulletinResultsProcessManager, DeadlineRecomputeProcessManager, ProjectionRunner, DeadlineClock, CoverageClock, DutiesClock, WebhookDeliverer, WorkerHeartbeat],
})
export class WorkerModule {}
