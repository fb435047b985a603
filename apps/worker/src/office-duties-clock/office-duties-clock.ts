import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { CalendarService, CLOCK, ExecuteIssueCommand, PG_POOL, raiseOpsAlert, type Clock } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { isDomainError, RECHECK_DUE_WORKING_DAYS, workingDaysAfter } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { PeriodicScan } from '../scheduling/periodic-scan';

const ACTOR = { id: 'system:office-duties-clock', role: 'system' as const };
const LIMIT = 500;

/**
 * The office's own deadlines (DESIGN §3.9): a rectification report waiting more than 10 working days for its recheck
 * (MarkRecheckOverdue) and a scheduled look-back past its due date (MarkLookBackOverdue). The issue decider records
 * them from any command's own clock; this clock only records them earlier, so the alert and the inbox due date show
 * even when nobody touches the issue. Deterministic command ids; failures are logged, retried and raised once.
 */
@Injectable()
export class OfficeDutiesClock implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('office-duties-clock');
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

  async scan(): Promise<number> {
    const now = this.clock.now();
    const calendar = await this.calendars.current();
    // n working days are never fewer than n calendar days: the index-free pre-filter is generous, the calendar decides.
    const rows = await this.pool.query<{ issue_id: string; kind: string; order_no: number | null; reported_at: string | null }>(
      `(SELECT issue_id, 'recheck' AS kind, (state->'currentOrder'->>'orderNo')::int AS order_no, state->'currentOrder'->>'reportedAt' AS reported_at
          FROM issue_summary WHERE status = 'awaiting_recheck' AND coalesce((state->'currentOrder'->>'recheckOverdueMarked')::boolean, false) = false
           AND (state->'currentOrder'->>'reportedAt')::timestamptz < $1::timestamptz - interval '${RECHECK_DUE_WORKING_DAYS} days' LIMIT ${LIMIT})
       UNION ALL
       (SELECT issue_id, 'look_back', NULL, state->'pendingLookBack'->>'dueAt' FROM issue_summary
         WHERE status = 'closed' AND state->'pendingLookBack' IS NOT NULL AND jsonb_typeof(state->'pendingLookBack') = 'object'
           AND coalesce((state->'pendingLookBack'->>'overdueMarked')::boolean, false) = false
           AND (state->'pendingLookBack'->>'dueAt')::timestamptz < $1::timestamptz LIMIT ${LIMIT})`,
      [now],
    );
    let sent = 0;
    for (const row of rows.rows) {
      if (this.loop?.stopped) break;
      try {
        if (row.kind === 'recheck') {
          if (!row.reported_at || !(Date.parse(now) > Date.parse(workingDaysAfter(row.reported_at, RECHECK_DUE_WORKING_DAYS, calendar)))) continue;
          await this.send(row.issue_id, `clock:recheck-overdue:${row.issue_id}:${row.order_no}`, { type: 'MarkRecheckOverdue', orderNo: row.order_no ?? 0 });
        } else {
          await this.send(row.issue_id, `clock:look-back-overdue:${row.issue_id}:${row.reported_at}`, { type: 'MarkLookBackOverdue' });
        }
        sent += 1;
      } catch (error) {
        await this.failed(row.issue_id, row.kind, error, now);
      }
    }
    return sent;
  }

  private send(issueId: string, commandId: string, command: ExecuteIssueCommand['command']) {
    return this.commands.execute(new ExecuteIssueCommand(issueId, command, { commandId, fingerprint: commandId, actor: ACTOR, correlationId: commandId, causationId: null }));
  }

  private async failed(issueId: string, step: string, error: unknown, now: string): Promise<void> {
    const reason = isDomainError(error) ? `${error.code}: ${error.detail}` : String((error as Error)?.message ?? error);
    this.logger.error(`issue ${issueId} (${step} overdue) failed, will retry: ${reason}`);
    try {
      await raiseOpsAlert(this.store, `office-duties-clock-${issueId}-${step}`, { kind: 'deadline_clock_failed', issueId, orderNo: 0, deadline: now, step: `${step}_overdue`, error: reason.slice(0, 500), raisedAt: now });
    } catch (alertError) {
      this.logger.error(`could not raise the admin alert for issue ${issueId}: ${String(alertError)}`);
    }
  }
}
