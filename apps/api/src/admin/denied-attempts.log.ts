import { Inject, Injectable, Logger } from '@nestjs/common';
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
}

/** Writes beyond this many in flight are dropped (and counted): a flood of bad requests must not queue without bound. */
const MAX_PENDING = 200;

const clip = (value: string | null | undefined, max: number) => (value == null ? null : value.length > max ? `${value.slice(0, max)}…` : value);

/**
 * The denied-attempts log: 401, 403, 429 and the 404s that hid an out-of-jurisdiction resource. Never a token,
 * a password or a body — only who (actor, or the username tried at login), what (method, path, why) and when.
 */
@Injectable()
export class DeniedAttemptsLog {
  private readonly logger = new Logger('security');
  private pending = 0;
  private dropped = 0;

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** Fire and forget: the refusal answers at once; the write happens beside it. */
  record(attempt: DeniedAttempt): void {
    // One structured line per refusal, for the log pipeline as well.
    this.logger.warn(JSON.stringify({ event: 'access_denied', status: attempt.status, code: attempt.code, method: attempt.method, route: attempt.route ?? null, actor: attempt.actorId ?? null, client: attempt.client ?? null }));
    if (this.pending >= MAX_PENDING) {
      this.dropped++;
      return;
    }
    this.pending++;
    this.pool
      .query(
        `INSERT INTO security_denied_attempts (status, code, method, path, route, actor_id, username, role, client, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          attempt.status, clip(attempt.code, 64), clip(attempt.method, 16), clip(attempt.path, 500), clip(attempt.route, 300),
          clip(attempt.actorId, 200), clip(attempt.username, 100), clip(attempt.role, 32), clip(attempt.client, 100), clip(attempt.reason, 500),
        ],
      )
      .catch((error: unknown) => this.logger.error(`could not record a denied attempt: ${(error as Error).message}`))
      .finally(() => this.pending--);
  }

  /** Writes in flight, for tests and shutdown. */
  async settled(): Promise<void> {
    for (let i = 0; this.pending > 0 && i < 200; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  get droppedCount(): number {
    return this.dropped;
  }

  async list(query: { limit: number; before?: string; status?: number; actorId?: string }): Promise<{ items: DeniedAttemptRow[]; dropped: number }> {
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
      `SELECT id::text, at, status, code, method, path, route, actor_id AS "actorId", username, role, client, reason
         FROM security_denied_attempts ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY id DESC LIMIT $${values.length}`,
      values,
    );
    return {
      items: result.rows.map((row) => ({ ...row, at: (row.at as Date).toISOString() })) as DeniedAttemptRow[],
      dropped: this.dropped,
    };
  }
}
