import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/application';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ValidationFailedException } from '../http/problem';

const MAX_WAIT_MS = 2000;
const POLL_MS = 20;
/**
 * A position beyond the log's head was answered by no command — or its append committed while an older append is
 * still in flight, which keeps the readable head below it for that moment: after this grace it is answered, stale.
 */
const BEYOND_HEAD_GRACE_MS = 500;

type Outcome = 'fresh' | 'stale' | 'beyond-head';

interface Waiter {
  projection: string;
  minPosition: string;
  startedAt: number;
  settle(outcome: Outcome | Error): void;
}

/**
 * Read-your-writes: a query given `?minPosition=` (a command answer's position) waits, at most 2 s, until the
 * projection's checkpoint has reached it. A read model still behind answers anyway, marked `Read-Model-Stale: true`.
 * A position beyond the head of the log answers promptly (after a 0.5 s grace), marked `Read-Model-Stale: true` and
 * `Read-Model-Stale-Reason: position-beyond-head`. All waiting requests share one poll (two queries every 20 ms,
 * however many wait), so a crowd of waiting reads does not load the database.
 */
@Injectable()
export class ReadYourWrites {
  private readonly waiters = new Set<Waiter>();
  private polling = false;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async waitFor(projection: string, minPosition: string | undefined, response?: Response): Promise<boolean> {
    if (minPosition === undefined || minPosition === '') return true;
    try {
      this.store.comparePositions(minPosition, minPosition);
    } catch {
      throw new ValidationFailedException([{ field: 'minPosition', message: 'must be a position from a command answer' }]);
    }
    const current = await this.pool.query(`SELECT position FROM projection_checkpoints WHERE name = $1`, [projection]);
    if (this.reached((current.rows[0] as { position: string | null } | undefined)?.position ?? null, minPosition)) return true;
    const outcome = await new Promise<Outcome | Error>((settle) => {
      this.waiters.add({ projection, minPosition, startedAt: Date.now(), settle });
      if (!this.polling) void this.poll();
    });
    if (outcome instanceof Error) throw outcome;
    if (outcome === 'fresh') return true;
    response?.setHeader('Read-Model-Stale', 'true');
    if (outcome === 'beyond-head') response?.setHeader('Read-Model-Stale-Reason', 'position-beyond-head');
    return false;
  }

  private reached(checkpoint: string | null, minPosition: string): boolean {
    return checkpoint !== null && this.store.comparePositions(checkpoint, minPosition) >= 0;
  }

  private async poll(): Promise<void> {
    this.polling = true;
    try {
      while (this.waiters.size > 0) {
        try {
          const [checkpoints, head] = await Promise.all([
            this.pool.query(`SELECT name, position FROM projection_checkpoints`),
            this.store.headPosition(),
          ]);
          const positions = new Map((checkpoints.rows as { name: string; position: string | null }[]).map((row) => [row.name, row.position]));
          const now = Date.now();
          for (const waiter of [...this.waiters]) {
            const outcome = this.judge(waiter, positions.get(waiter.projection) ?? null, head, now);
            if (outcome) this.settle(waiter, outcome);
          }
        } catch (error) {
          for (const waiter of [...this.waiters]) this.settle(waiter, error instanceof Error ? error : new Error(String(error)));
        }
        if (this.waiters.size > 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    } finally {
      this.polling = false;
    }
  }

  private judge(waiter: Waiter, checkpoint: string | null, head: string | null, now: number): Outcome | null {
    if (this.reached(checkpoint, waiter.minPosition)) return 'fresh';
    const waited = now - waiter.startedAt;
    const beyondHead = head === null || this.store.comparePositions(waiter.minPosition, head) > 0;
    if (beyondHead && waited >= BEYOND_HEAD_GRACE_MS) return 'beyond-head';
    return waited >= MAX_WAIT_MS ? 'stale' : null;
  }

  private settle(waiter: Waiter, outcome: Outcome | Error): void {
    this.waiters.delete(waiter);
    waiter.settle(outcome);
  }
}
