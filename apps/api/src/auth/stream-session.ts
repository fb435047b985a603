import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AuthService } from './auth.service';
import type { AuthenticatedActor } from './authenticated-actor';

/** setTimeout's longest delay; a later expiry is caught by the periodic re-check anyway. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A long-lived response (an SSE stream) was authorised once, when it opened. This keeps it honest afterwards:
 * the bearer token is verified again every STREAM_RECHECK_INTERVAL_MS (at most a minute) and at its expiry, and
 * the account is looked up again (disabled, removed, or its role or scope changed: the stream's filter was built from
 * them); when either fails, `onEnd` closes the stream.
 */
@Injectable()
export class StreamSessions {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts watching the request's session; returns the function that stops watching. */
  watch(request: Request, actor: AuthenticatedActor, onEnd: (reason: string) => void): () => void {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    let stopped = false;
    const check = async () => {
      try {
        const now = await this.auth.authenticate(token);
        if (scopeOf(now) !== scopeOf(actor)) throw new Error('the account\'s role or scope changed');
      } catch (error) {
        if (stopped) return;
        stop();
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.log(`event stream closed: ${reason}`);
        onEnd(reason);
      }
    };
    const interval = setInterval(() => void check(), this.config.auth.streamRecheckIntervalMs);
    const expiresAt = expiryOf(token);
    const atExpiry = expiresAt === null ? null : setTimeout(() => void check(), Math.min(Math.max(expiresAt - Date.now() + 1000, 0), MAX_TIMER_MS));
    const stop = () => {
      stopped = true;
      clearInterval(interval);
      if (atExpiry) clearTimeout(atExpiry);
    };
    return stop;
  }
}

const scopeOf = (a: AuthenticatedActor) => JSON.stringify([a.id, a.role, a.regionId, a.unitId ?? null, a.supervisorId ?? null]);

/** The token's `exp` in milliseconds (unverified: only to schedule a re-check; the check itself verifies). */
function expiryOf(token: string): number | null {
  try {
    const exp = (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}
