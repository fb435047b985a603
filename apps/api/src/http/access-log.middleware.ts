import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * One structured (JSON) line per request that reached a route: method, route pattern, status, duration, actor id
 * and role, request id. Never a header value, a query string, a body, a token or a password. Refusals (401/403/429)
 * are logged here too and, with the reason, in the denied-attempts log (`access_denied`).
 *
 * A plain middleware rather than a Nest interceptor: any global interceptor puts every request through Nest's
 * interceptor chain (rxjs defer + AsyncResource.bind per request), a measurable share of a request's CPU.
 * Installed only when the log level includes `log`.
 */
export function accessLog(): (req: Request, res: Response, next: NextFunction) => void {
  const logger = new Logger('access');
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path;
      if (!route) return; // static files of the UI, unknown paths
      const actor = (req as Request & { actor?: { id: string; role: string } }).actor;
      const requestId = req.headers['x-request-id'];
      logger.log(
        JSON.stringify({
          event: 'http',
          method: req.method,
          route,
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
          actor: actor?.id ?? null,
          role: actor?.role ?? null,
          requestId: typeof requestId === 'string' && /^[\x21-\x7e]{1,100}$/.test(requestId) ? requestId : null,
        }),
      );
    });
    next();
  };
}
