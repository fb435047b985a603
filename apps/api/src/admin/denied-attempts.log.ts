import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/application';

export interface DeniedAttempt {
  status: number;
  code: string;
  method: string;
  path: string;
  route?: string | null;
  actorId?: string | null;
  username?: string | null;
  role?: string | null;
  client?: string | null;
  reason?: string | null;
}

export interface DeniedAttemptRow extends Required<DeniedAttempt> {
  id: string;
  at: string;
  /** how many refusals this row stands for: 1, or more when a flood from one source was aggregated */
  count: number;
  /** the last of them (null for a single refusal) */
  lastAt: string | null;
}

/** Single writes in flight beyond this: a flood. Its refusals are aggregated per source and window, never dropped. */
const MAX_PENDING = 200;
/** The aggregation window: one row per source (client, who, status, code, route) and window. */
const WINDOW_MS = 5_000;
/** Distinct sources kept per window; beyond, the rest fold into one row per status ("many sources"). */
const MAX_SOURCES = 1_000;

const clip = (value: string | null | undefined, max: number) => (value == null ? null : value.length > max ? `${value.slice(0, max)}…` : value);

interface Aggregate {
  first: DeniedAttempt;
  at: Date;
  lastAt: Date;
  count: number;
}

/**
 * The denied-attempts log: 401, 403, 429 and the 404s that hid an out-of-jurisdiction resource. Never a token,
 * a password or a body — only who (actor, or the username tried at login), what (method, path, why) and when.
 * Each refusal is one row; under a flood (more than MAX_PENDING writes in flight) further refusals are counted into
 * one row per source and 5-second window (`count`, `lastAt`, and the first one's details), so nothing is lost and
 * the flood cannot queue writes without bound.
 */
@Injectable()
export class DeniedAttemptsLog implements OnApplicationShutdown {
  private readonly logger = new Logger('security');
  private pending = 0;
  private aggregatedTotal = 0;
  private window = new Map<string, Aggregate>();
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** Fire and forget: the refusal answers at once; the write happens beside it. */
  record(attempt: DeniedAttempt): void {
    if (this.pending >= MAX_PENDING) return this.aggregate(attempt);
    // One structured line per refusal, for the log pipeline as well (aggregated ones are logged per row).
    this.logger.warn(JSON.stringify({ event: 'access_denied', status: attempt.status, code: attempt.code, method: attempt.method, route: attempt.route ?? null, actor: attempt.actorId ?? null, client: attempt.client ?? null }));
    this.write([{ first: attempt, at: new Date(), lastAt: new Date(), count: 1 }]);
  }

  private aggregate(attempt: DeniedAttempt): void {
    this.aggregatedTotal++;
    const source = [attempt.client, attempt.actorId ?? attempt.username, attempt.status, attempt.code, attempt.method, attempt.route];
    let key = JSON.stringify(source);
    if (!this.window.has(key) && this.window.size >= MAX_SOURCES) key = JSON.stringify(['*', attempt.status]);
    const now = new Date();
    const existing = this.window.get(key);
    if (existing) {
      existing.count++;
      existing.lastAt = now;
    } else {
      const first = key.startsWith('["*"') ? { ...attempt, client: '(many sources)', actorId: null, username: null, route: null, path: '(various)' } : attempt;
      this.window.set(key, { first, at: now, lastAt: now, count: 1 });
    }
    this.flushTimer ??= setTimeout(() => this.flush(), WINDOW_MS);
  }

  /** Writes the window's aggregates (one row each) and starts a new window. */
  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const rows = [...this.window.values()];
    this.window = new Map();
    if (rows.length === 0) return;
    for (const row of rows) {
      this.logger.warn(JSON.stringify({ event: 'access_denied_aggregated', count: row.count, status: row.first.status, code: row.first.code, route: row.first.route ?? null, client: row.first.client ?? null }));
    }
    this.write(rows);
  }

  private write(rows: Aggregate[]): void {
    this.pending++;
    const values = rows.map(({ first: a, at, lastAt, count }) => ({
      status: a.status, code: clip(a.code, 64), method: clip(a.method, 16), path: clip(a.path, 500), route: clip(a.route, 300),
      actor_id: clip(a.actorId, 200), username: clip(a.username, 100), role: clip(a.role, 32), client: clip(a.client, 100),
      reason: clip(count > 1 ? `${count} refusals aggregated (flood); the first: ${a.reason ?? a.code}` : a.reason, 500),
      at: at.toISOString(), last_at: count > 1 ? lastAt.toISOString() : null, count,
    }));
    this.pool
      .query(
        `INSERT INTO security_denied_attempts (status, code, method, path, route, actor_id, username, role, client, reason, at, last_at, count)
         SELECT status, code, method, path, route, actor_id, username, role, client, reason, at, last_at, count
           FROM jsonb_to_recordset($1::jsonb) AS r(status integer, code text, method text, path text, route text, actor_id text, username text,
                role text, client text, reason text, at timestamptz, last_at timestamptz, count integer)`,
        [JSON.stringify(values)],
      )
      .catch((error: unknown) => this.logger.error(`could not record ${rows.reduce((n, r) => n + r.count, 0)} denied attempt(s): ${(error as Error).message}`))
      .finally(() => this.pending--);
  }

  /** Writes in flight and the open window, for tests and shutdown. */
  async settled(): Promise<void> {
    this.flush();
    for (let i = 0; this.pending > 0 && i < 500; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  /** Refusals counted into aggregate rows since this process started. */
  get aggregatedCount(): number {
    return this.aggregatedTotal;
  }

  async list(query: { limit: number; before?: string; status?: number; actorId?: string }): Promise<{ items: DeniedAttemptRow[]; aggregated: number }> {
    const values: unknown[] = [];
    const where: string[] = [];
    if (query.before) {
      values.push(query.before);
      where.push(`id < $${values.length}::bigint`);
    }
    if (query.status) {
      values.push(query.status);
      where.push(`status = $${values.length}`);
    }
    if (query.actorId) {
      values.push(query.actorId);
      where.push(`actor_id = $${values.length}`);
    }
    values.push(query.limit);
    const result = await this.pool.query(
      `SELECT id::text, at, status, code, method, path, route, actor_id AS "actorId", username, role, client, reason, count, last_at AS "lastAt"
         FROM security_denied_attempts ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY id DESC LIMIT $${values.length}`,
      values,
    );
    return {
      items: result.rows.map((row) => ({ ...row, at: (row.at as Date).toISOString(), lastAt: row.lastAt ? (row.lastAt as Date).toISOString() : null })) as DeniedAttemptRow[],
      aggregated: this.aggregatedTotal,
    };
  }
}
