import type { NextFunction, Request, Response } from 'express';

/**
 * Every answer says what time the service thinks it is (`X-Server-Time`): the UI computes "days left", today's date and
 * the deadline preview from the service's clock, not the browser's, so both always agree (and tests can move it).
 * A middleware, not a Nest interceptor: a global interceptor puts every request through an rxjs pipeline and
 * AsyncResource.bind (measured: ~3 % of the api's CPU under commands).
 */
export function serverTime(now: () => string) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('X-Server-Time', now());
    next();
  };
}
