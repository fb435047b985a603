import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { CLOCK, ExecuteCaseCommand, PG_POOL, type Clock } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { isDomainError } from '@app/domain';
import { PeriodicScan } from '../scheduling/periodic-scan';

const ACTOR = { id: 'system:case-clock', role: 'system' as const };

/**
 * Statutory windows of accountability cases are clocks that never pause: each scan sends CheckCaseClocks to every open
 * case whose next statutory date has passed (the office's own, or the statement window; a subject's review or appeal
 * window simply closes, nothing is recorded); the decider records StatutoryWindowMissed (or a lapsed statement) once.
 * The command id names the case and the date, so a restart or a second worker appends nothing twice.
 */
@Injectable()
export class CaseClock implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('case-clock');
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

  async scan(): Promise<number> {
    const rows = await this.pool.query(
      `SELECT case_id, next_clock, next_due_at FROM accountability_cases
        WHERE stage NOT IN ('archived', 'dismissed') AND next_due_at < $1
          AND next_clock IN ('investigation', 'statement', 'review_decision', 'appeal_decision', 'correction')
        ORDER BY next_due_at LIMIT 500`,
      [this.clock.now()],
    );
    let sent = 0;
    for (const row of rows.rows as { case_id: string; next_clock: string; next_due_at: Date }[]) {
      if (this.loop?.stopped) break;
      const id = `clock:case:${row.case_id}:${row.next_clock}:${new Date(row.next_due_at).toISOString()}`;
      try {
        await this.commands.execute(new ExecuteCaseCommand(row.case_id, { type: 'CheckCaseClocks' }, { commandId: id, fingerprint: id, actor: ACTOR, correlationId: id, causationId: null }));
        sent += 1;
      } catch (error) {
        this.logger.error(`case ${row.case_id} (${row.next_clock}) failed, will retry: ${isDomainError(error) ? error.code : String(error)}`);
      }
    }
    return sent;
  }
}
