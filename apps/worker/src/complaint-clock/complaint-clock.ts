import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { CalendarService, CLOCK, ExecuteComplaintCommand, PG_POOL, raiseOpsAlert, type Clock } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { COMPLAINT_DUE_SOON_WORKING_DAYS, isDomainError, workingDaysBefore } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ComplaintRegisterReader } from '@app/projections';
import { PeriodicScan } from '../scheduling/periodic-scan';

const ACTOR = { id: 'system:complaint-clock', role: 'system' as const };

/**
 * The complaint clock (DESIGN §3.9): reminds the assigned supervisor 3 working days before the verification
 * deadline and records the overdue once it has passed. It only makes things happen earlier — every command on a
 * complaint records a passed deadline itself. Command ids name the complaint, so a restart or a second worker
 * appends nothing twice; a failing item is logged, tried again next scan and raised as one admin alert.
 */
@Injectable()
export class ComplaintClock implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('complaint-clock');
  private readonly complaints: ComplaintRegisterReader;
  private loop: PeriodicScan | null = null;

  constructor(
    @Inject(PG_POOL) pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly calendars: CalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly commands: CommandBus,
  ) {
    this.complaints = new ComplaintRegisterReader(pool);
  }

  onApplicationBootstrap(): void {
    this.loop = new PeriodicScan(() => this.scan(), this.config.deadlineScanIntervalMs, this.logger);
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
  }

  async scan(): Promise<number> {
    const now = this.clock.now();
    const calendar = await this.calendars.current();
    const due = await this.complaints.dueForClock(now, (verifyBy) => workingDaysBefore(verifyBy, COMPLAINT_DUE_SOON_WORKING_DAYS, calendar));
    let sent = 0;
    for (const { complaintId, kind } of due) {
      if (this.loop?.stopped) break;
      const commandId = `clock:complaint-${kind}:${complaintId}`;
      const command = kind === 'overdue' ? ({ type: 'MarkComplaintOverdue' } as const) : ({ type: 'MarkComplaintDueSoon' } as const);
      try {
        await this.commands.execute(new ExecuteComplaintCommand(complaintId, command, { commandId, fingerprint: commandId, actor: ACTOR, correlationId: commandId, causationId: null }));
        sent += 1;
      } catch (error) {
        await this.failed(complaintId, kind, error, now);
      }
    }
    return sent;
  }

  private async failed(complaintId: string, step: string, error: unknown, now: string): Promise<void> {
    const reason = isDomainError(error) ? `${error.code}: ${error.detail}` : String((error as Error)?.message ?? error);
    this.logger.error(`complaint ${complaintId} (${step}) failed, will retry: ${reason}`);
    try {
      await raiseOpsAlert(this.store, `complaint-clock-${complaintId}`, { kind: 'complaint_clock_failed', complaintId, step, error: reason.slice(0, 500), raisedAt: now });
    } catch (alertError) {
      this.logger.error(`could not raise the admin alert for complaint ${complaintId}: ${String(alertError)}`);
    }
  }
}
