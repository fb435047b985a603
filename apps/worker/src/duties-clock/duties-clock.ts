import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { CLOCK, ExecuteSupervisorCommand, ExecuteVisitCommand, PG_POOL, type Clock, type CommandEnvelope } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { shanghaiDate, TRAINING_SHORTFALL_FROM_MONTH } from '@app/domain';
import { PeriodicScan } from '../scheduling/periodic-scan';

const ACTOR = { id: 'system:duties-clock', role: 'system' as const };
const BATCH = 500;

const envelope = (commandId: string): CommandEnvelope => ({ commandId, fingerprint: commandId, actor: ACTOR, correlationId: commandId, causationId: null });

/**
 * Timers are events (DESIGN §2, §3.5): a visit report missing after its due time is marked on the visit
 * (VisitReportOverdue), and from October a supervisor short of 40 training hours this year is flagged on their stream
 * (TrainingShortfallFlagged); the alerts projection turns both into alerts. The read models only nominate candidates:
 * each command is decided on its own stream, appends at most once (its command id names the visit or the year) and
 * appends nothing when the condition no longer holds. Time comes only from the injected Clock.
 */
@Injectable()
export class DutiesClock implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('duties-clock');
  private loop: PeriodicScan | null = null;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
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

  async scan(): Promise<{ visits: number; supervisors: number }> {
    const now = this.clock.now();
    const result = { visits: 0, supervisors: 0 };
    const late = await this.pool.query<{ visit_id: string }>(
      `SELECT visit_id FROM visit_records WHERE report_submitted_at IS NULL AND report_overdue_at IS NULL AND report_due_at < $1 ORDER BY report_due_at LIMIT ${BATCH}`,
      [now],
    );
    for (const { visit_id } of late.rows) {
      if (this.loop?.stopped) return result;
      await this.run(() => this.commands.execute(new ExecuteVisitCommand(visit_id, { type: 'MarkVisitReportOverdue', visitId: visit_id }, envelope(`clock:visit-report-overdue:${visit_id}`))), visit_id);
      result.visits += 1;
    }
    const today = shanghaiDate(now);
    if (Number(today.slice(5, 7)) < TRAINING_SHORTFALL_FROM_MONTH) return result;
    const year = Number(today.slice(0, 4));
    // Every registry supervisor not yet flagged this year; the decider counts the hours on the stream itself.
    const candidates = await this.pool.query<{ id: string }>(
      `SELECT s.id FROM registry_supervisors s LEFT JOIN supervisor_duties d ON d.supervisor_id = s.id
        WHERE NOT coalesce(d.state->'shortfallFlagged' @> to_jsonb($1::int), false)
          AND coalesce((SELECT sum((t->>'hours')::numeric) FROM jsonb_array_elements(d.state->'trainings') t WHERE t->>'date' LIKE $2), 0) < 40
        ORDER BY s.id LIMIT ${BATCH}`,
      [year, `${year}-%`],
    );
    for (const { id } of candidates.rows) {
      if (this.loop?.stopped) return result;
      await this.run(() => this.commands.execute(new ExecuteSupervisorCommand(id, { type: 'FlagTrainingShortfall', year }, envelope(`clock:training-shortfall:${id}:${year}`))), id);
      result.supervisors += 1;
    }
    return result;
  }

  /** One stream's failure is logged and the others go on (the next scan tries it again). */
  private async run(work: () => Promise<unknown>, what: string): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.warn(`${what}: ${(error as Error).message}`);
    }
  }
}
