import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/application';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ValidationFailedException } from '../http/problem';

const MAX_WAIT_MS = 2000;
const POLL_MS = 20;

/**
 * Read-your-writes: a query given `?minPosition=` (a command answer's position) waits, at most 2 s, until the
 * projection's checkpoint has reached it. A read model still behind answers anyway, marked `Read-Model-Stale: true`.
 */
@Injectable()
export class ReadYourWrites {
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
    const until = Date.now() + MAX_WAIT_MS;
    for (;;) {
      const result = await this.pool.query(`SELECT position FROM projection_checkpoints WHERE name = $1`, [projection]);
      const position = (result.rows[0] as { position: string | null } | undefined)?.position ?? null;
      if (position !== null && this.store.comparePositions(position, minPosition) >= 0) return true;
      if (Date.now() >= until) {
        response?.setHeader('Read-Model-Stale', 'true');
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
