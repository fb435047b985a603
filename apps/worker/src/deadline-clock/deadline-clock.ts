import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PeriodicScan } from '../scheduling/periodic-scan';
import { CommandBus } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { CalendarService, CLOCK, ExecuteIssueCommand, PG_POOL, raiseOpsAlert, type Clock } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DEFAULT_POLICY, isDomainError } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { findDueDeadlines, type DueDeadline } from './due-deadlines';

const ACTOR = { id: 'system:deadline-clock', role: 'system' as const };

/**
 * Timers are events: every scan reads the due deadlines from the read model and sends MarkDueSoon / MarkOverdue /
 * IssueReminder. Each command id names the deadline it is for, so a restart or a second worker appends nothing twice.
 * An item the clock cannot handle (its calendar maths or its command fails) is never skipped silently: it is logged,
 * stays in the read model to be tried again next scan, and raises one admin alert (OpsAlertRaised).
 */
@Injectable()
export class DeadlineClock implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('deadline-clock');
  private loop: PeriodicScan | null = null;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly calendars: CalendarService,
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
    const calendar = await this.calendars.current();
    const { due, failed } = await findDueDeadlines(this.pool, now, { ...DEFAULT_POLICY, ...this.config.policy }, calendar);
    for (const { item, error } of failed) await this.failed(item, error, now);
    let sent = 0;
    for (const deadline of due) {
      if (this.loop?.stopped) break;
      for (const command of commandsFor(deadline)) {
        try {
          await this.commands.execute(new ExecuteIssueCommand(deadline.issueId, command.body, this.envelope(command.id)));
          sent += 1;
        } catch (error) {
          await this.failed(deadline, error, now);
          break; // the next rung waits for this one: tried again next scan
        }
      }
    }
    return sent;
  }

  private async failed(item: DueDeadline, error: unknown, now: string): Promise<void> {
    const reason = isDomainError(error) ? `${error.code}: ${error.detail}` : String((error as Error)?.message ?? error);
    this.logger.error(`issue ${item.issueId} order ${item.orderNo} (${item.kind}, deadline ${item.deadline}) failed, will retry: ${reason}`);
    try {
      const raised = await raiseOpsAlert(this.store, `deadline-clock-${item.issueId}-${item.orderNo}`, {
        kind: 'deadline_clock_failed', issueId: item.issueId, orderNo: item.orderNo, deadline: item.deadline, step: item.kind,
        error: reason.slice(0, 500), raisedAt: now,
      });
      if (raised) this.logger.warn(`admin alert raised for issue ${item.issueId} order ${item.orderNo}`);
    } catch (alertError) {
      this.logger.error(`could not raise the admin alert for issue ${item.issueId}: ${String(alertError)}`);
    }
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
    // The ladder past 督办: the decider appends whichever rung is due (约谈 due, then the proposal) first thing.
    case 'interview_due':
      return [{ id: `clock:interview-due:${order}`, body: { type: 'AdvanceLadder', orderNo } }];
    case 'ladder_proposal':
      return [{ id: `clock:ladder-proposal:${order}`, body: { type: 'AdvanceLadder', orderNo } }];
  }
}
