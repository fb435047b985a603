import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PeriodicScan } from '../scheduling/periodic-scan';
import type { Pool } from 'pg';
import { CLOCK, PG_POOL, type Clock } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  assignmentsCountedIn,
  coverageMonthsToCheck,
  coverageStream,
  endOfShanghaiMonth,
  groupBySupervisor,
  missedCoverage,
  type CoverageAssignment,
  type VisitCoverageMissed,
} from '@app/domain';
import { ConcurrencyConflictError, EVENT_STORE, type EventStore } from '@app/event-store';
import { VISIT_COVERAGE } from '@app/projections';
import { loadAssignments, loadMonthVisits } from './coverage-month-data';

const ACTOR = { id: 'system:coverage-clock', role: 'system' };
/** Session advisory lock (same key space as the projection locks): one worker judges a month at a time. */
const LOCK = { space: 7220100, key: 'coverage-clock' };
const VISIT_PREFIX = 'visit-';

export interface CoverageScanResult {
  /** false: another worker holds the coverage clock right now */
  locked: boolean;
  baseline: string | null;
  checked: string[];
  /** events appended by this scan (replays of an earlier, interrupted scan are not counted) */
  appended: number;
  /** true when the visit-coverage read model was behind the log and the scan waited for it */
  waitingForVisits: boolean;
}

/**
 * Timers are events (DESIGN §2): when the clock passes 00:00 Asia/Shanghai on the 1st, the month just ended is judged
 * by the coverage rule and each responsibility supervisor's unvisited schools are appended as `VisitCoverageMissed`
 * on `coverage-<month>-<supervisorId>`; the alerts projection turns them into alerts (GET /alerts, SSE, webhooks).
 *
 * Exactly once: the append carries a command id naming (month, supervisor) and expects a new stream, so a second
 * worker or a scan repeated after a crash appends nothing; `coverage_month_checks` remembers judged months, written
 * after the appends. Time comes only from the injected Clock. Scans run at DEADLINE_SCAN_INTERVAL_MS.
 */
@Injectable()
export class CoverageClock implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('coverage-clock');
  private loop: PeriodicScan | null = null;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = new PeriodicScan(() => this.scan(), this.config.deadlineScanIntervalMs, this.logger);
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
  }

  /** One pass: judge every ended month not yet judged (the first pass ever only records where to start). */
  async scan(): Promise<CoverageScanResult> {
    const result: CoverageScanResult = { locked: false, baseline: null, checked: [], appended: 0, waitingForVisits: false };
    const lock = await this.pool.connect();
    try {
      const got = await lock.query(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked`, [LOCK.space, LOCK.key]);
      if (!(got.rows[0] as { locked: boolean }).locked) return result;
      result.locked = true;
      try {
        await this.judge(result);
      } finally {
        await lock.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [LOCK.space, LOCK.key]);
      }
      return result;
    } finally {
      lock.release();
    }
  }

  private async judge(result: CoverageScanResult): Promise<void> {
    const now = this.clock.now();
    const last = await this.pool.query(`SELECT max(month) AS month FROM coverage_month_checks`);
    const plan = coverageMonthsToCheck((last.rows[0] as { month: string | null }).month, now);
    if (plan.baseline) {
      await this.remember(plan.baseline, true, 0, now);
      result.baseline = plan.baseline;
      this.logger.log(`first run: coverage is judged from the month after ${plan.baseline}`);
      return;
    }
    if (plan.check.length === 0) return;
    // A visit recorded before the month ended must be in the read model before the month is judged.
    if (await this.visitsPending()) {
      result.waitingForVisits = true;
      return;
    }
    const assignments = await loadAssignments(this.pool);
    for (const month of plan.check) {
      if (this.loop?.stopped) return;
      // 每学年按照10个月计算: a month the school's region does not count (by default February and August) misses nothing.
      const counted = assignmentsCountedIn(assignments, month, this.config.coverage.countedMonths);
      const missed = counted.length ? missedCoverage(counted, await loadMonthVisits(this.pool, month)) : [];
      for (const [supervisorId, pairs] of groupBySupervisor(missed)) {
        result.appended += await this.appendMissed(month, supervisorId, pairs, now);
      }
      await this.remember(month, false, missed.length, now);
      result.checked.push(month);
      this.logger.log(`${month}: ${missed.length} of ${counted.length} counted (supervisor, school) pairs without a visit`);
    }
  }

  private async appendMissed(month: string, supervisorId: string, pairs: CoverageAssignment[], now: string): Promise<number> {
    const stream = coverageStream(month, supervisorId);
    const commandId = `clock:coverage-missed:${month}:${supervisorId}`;
    const monthEnd = endOfShanghaiMonth(month);
    const events: VisitCoverageMissed[] = pairs.map((pair) => ({
      type: 'VisitCoverageMissed',
      data: {
        month, supervisorId, supervisorName: pair.supervisorName ?? null, unitId: pair.unitId, unitName: pair.unitName ?? null,
        regionId: pair.regionId, zoneId: pair.zoneId ?? null, monthEnd, detectedAt: now,
      },
    }));
    try {
      const appended = await this.store.append(stream, events, {
        expectedVersion: 0,
        metadata: { commandId, commandFingerprint: commandId, correlationId: commandId, causationId: null, actor: ACTOR, recordedAt: now },
      });
      return appended.replayed ? 0 : appended.events.length;
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError)) throw error;
      this.logger.warn(`${stream} already exists (written by another command): left as it is`);
      return 0;
    }
  }

  private async remember(month: string, baseline: boolean, missed: number, now: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO coverage_month_checks (month, baseline, missed, checked_at) VALUES ($1, $2, $3, $4) ON CONFLICT (month) DO NOTHING`,
      [month, baseline, missed, now],
    );
  }

  /** Whether the log holds visit events the visit-coverage projection has not applied yet (any adapter). */
  private async visitsPending(): Promise<boolean> {
    const row = await this.pool.query(`SELECT position FROM projection_checkpoints WHERE name = $1`, [VISIT_COVERAGE]);
    if (row.rows.length === 0) return true; // the projection has not started yet
    let after = (row.rows[0] as { position: string | null }).position;
    for (let page = 0; page < 1000; page++) {
      const { events, next } = await this.store.readAll({ after, limit: 5000, streamPrefixes: [VISIT_PREFIX] });
      if (events.length > 0) return true;
      if (next === null || next === after) return false;
      after = next;
    }
    return true;
  }
}
