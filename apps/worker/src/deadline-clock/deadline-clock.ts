import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PeriodicScan } from '../scheduling/periodic-scan';
import { CommandBus } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { CLOCK, ExecuteIssueCommand, PG_POOL, WORKDAY_CALENDAR, type Clock } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DomainError, type WorkdayCalendar } from '@app/domain';
import { findDueDeadlines, type DueDeadline } from './due-deadlines';

const ACTOR = { id: 'system:deadline-clock', role: 'system' as const };

/**
 * Timers are events: every scan reads the due deadlines from the read model and sends MarkDueSoon / MarkOverdue /
 * IssueReminder. Each command id names the deadline it is for, so a restart or a second worker appends nothing twice.
 */
@Injectable()
export class DeadlineClock implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('deadline-clock');
  private loop: PeriodicScan | null = null;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKDAY_CALENDAR) private readonly calendar: WorkdayCalendar,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly commands: CommandBus,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = new PeriodicScan(() => this.scan(), this.config.deadlineScanIntervalMs, this.logger);
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
  }

  /** One pass: every deadline due now gets its command (the decider turns a stale one into nothing). */
  async scan(): Promise<number> {
    const now = this.clock.now();
    const due = await findDueDeadlines(this.pool, now, this.config.policy, this.calendar);
    let sent = 0;
    for (const deadline of due) {
      if (this.loop?.stopped) break;
      for (const command of commandsFor(deadline)) {
        try {
          await this.commands.execute(new ExecuteIssueCommand(deadline.issueId, command.body, this.envelope(command.id)));
          sent += 1;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          this.logger.warn(`issue ${deadline.issueId} refused ${command.body.type}: ${error.code}`);
        }
      }
    }
    return sent;
  }

  private envelope(commandId: string) {
    return { commandId, fingerprint: commandId, actor: ACTOR, correlationId: commandId, causationId: null };
  }
}

type ClockCommand = { id: string; body: ExecuteIssueCommand['command'] };

/** Deterministic ids: one per order (overdue, reminders) or per deadline (due soon, which an extension re-arms). */
export function commandsFor({ issueId, orderNo, deadline, kind }: DueDeadline): ClockCommand[] {
  const order = `${issueId}:${orderNo}`;
  switch (kind) {
    case 'due_soon':
      return [{ id: `clock:due-soon:${order}:${deadline}`, body: { type: 'MarkDueSoon', orderNo } }];
    case 'overdue':
      return [
        { id: `clock:overdue:${order}`, body: { type: 'MarkOverdue', orderNo } },
        { id: `clock:urge:${order}`, body: { type: 'IssueReminder', orderNo, level: 'urge' } },
      ];
    case 'urge':
      return [{ id: `clock:urge:${order}`, body: { type: 'IssueReminder', orderNo, level: 'urge' } }];
    case 'supervise':
      return [{ id: `clock:supervise:${order}`, body: { type: 'IssueReminder', orderNo, level: 'supervise' } }];
  }
}
