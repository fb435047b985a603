import { Module } from '@nestjs/common';
import { ApplicationModule } from '@app/application';
import { BulletinResultsProcessManager } from './bulletin-results/bulletin-results.process-manager';
import { CheckpointStore } from './checkpoints/checkpoint.store';
import { CoverageClock } from './coverage-clock/coverage-clock';
import { ComplaintClock } from './complaint-clock/complaint-clock';
import { LookBackSchedulingProcessManager } from './look-back-scheduling/look-back-scheduling.process-manager';
import { OfficeDutiesClock } from './office-duties-clock/office-duties-clock';
import { DutiesClock } from './duties-clock/duties-clock';
import { WebhookDeliverer } from './alert-delivery/webhook-deliverer';
import { DeadlineClock } from './deadline-clock/deadline-clock';
import { MatterClock } from './matter-clock/matter-clock';
import { EvaluationFindingsProcessManager } from './evaluation-findings/evaluation-findings.process-manager';
import { DeadlineRecomputeProcessManager } from './deadline-recompute/deadline-recompute.process-manager';
import { DemoHistoryModule } from './demo-history/demo-history.module';
import { ProjectionRunner } from './projections/projection-runner';
import { WorkerHeartbeat } from './projections/worker-heartbeat';
import { CaseClock } from './accountability/case-clock';
import { CaseDecisionsProcessManager } from './accountability/case-decisions.process-manager';

/** Durable reactions, driven by the event-store subscription: process managers, projections and timers. */
@Module({
  imports: [ApplicationModule, DemoHistoryModule],
  providers: [
    CheckpointStore, BulletinResultsProcessManager, DeadlineRecomputeProcessManager, ProjectionRunner, DeadlineClock, CoverageClock, WebhookDeliverer, WorkerHeartbeat,
    MatterClock, EvaluationFindingsProcessManager, ComplaintClock, LookBackSchedulingProcessManager, OfficeDutiesClock, CaseDecisionsProcessManager, CaseClock, DutiesClock,
  ],
})
export class WorkerModule {}
