import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { CalendarService, CLOCK, ExecuteMatterCommand, PG_POOL, raiseOpsAlert, type Clock } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { isDomainError, workingDaysAfter, type MatterCommand } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { MatterRegisterReader } from '@app/projections';
import { PeriodicScan } from '../scheduling/periodic-scan';

const ACTOR = { id: 'system:matter-clock', role: 'system' as const };

/**
 * 督查事项 timers are events: each scan reads the matters past due from the register and sends MarkMatterOverdue,
 * then 催办 (urge), and 督办 (supervise) once `superviseAfterWorkingDays` working days have passed. The decider
 * decides each from its own clock (the clock only makes it earlier) and turns a stale one into nothing; command
 * ids name the matter and the due date, so a restart or a second worker appends nothing twice. A failing item is
 * logged, tried again next scan, and raises one admin alert.
 */
@Injectable()
export class MatterClock implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('matter-clock');
  private readonly register: MatterRegisterReader;
  private loop: PeriodicScan | null = null;

  constructor(
    @Inject(PG_POOL) pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly calendars: CalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly commands: CommandBus,
  ) {
    this.register = new MatterRegisterReader(pool);
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
    let sent = 0;
    for (const matter of await this.register.dueForClock(now)) {
      if (this.loop?.stopped) break;
      const supervise = Date.parse(now) > Date.parse(workingDaysAfter(matter.dueAt, this.config.policy.superviseAfterWorkingDays, calendar));
      const steps: Array<[string, MatterCommand]> = [
        ['overdue', { type: 'MarkMatterOverdue' }],
        ['urge', { type: 'IssueMatterReminder', level: 'urge' }],
        ...(supervise ? [['supervise', { type: 'IssueMatterReminder', level: 'supervise' }] as [string, MatterCommand]] : []),
      ];
      for (const [step, command] of steps) {
        const id = `clock:matter-${step}:${matter.matterId}:${matter.dueAt}`;
        try {
          await this.commands.execute(new ExecuteMatterCommand(matter.matterId, command, { commandId: id, fingerprint: id, actor: ACTOR, correlationId: id, causationId: null }));
          sent += 1;
        } catch (error) {
          await this.failed(matter.matterId, matter.dueAt, step, error, now);
          break;
        }
      }
    }
    return sent;
  }

  private async failed(matterId: string, dueAt: string, step: string, error: unknown, now: string): Promise<void> {
    const reason = isDomainError(error) ? `${error.code}: ${error.detail}` : String((error as Error)?.message ?? error);
    this.logger.error(`matter ${matterId} (${step}, due ${dueAt}) failed, will retry: ${reason}`);
    try {
      await raiseOpsAlert(this.store, `matter-clock-${matterId}`, { kind: 'matter_clock_failed', matterId, dueAt, step, error: reason.slice(0, 500), raisedAt: now });
    } catch (alertError) {
      this.logger.error(`could not raise the admin alert for matter ${matterId}: ${String(alertError)}`);
    }
  }
}
