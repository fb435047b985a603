import { resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Paths the SPA must never answer: the API and its docs stay with Nest (and its 404 problem details). */
const NOT_SPA = /^\/api(\/|$)/;

/**
 * Static files of the built UI, then the SPA fallback: any other GET/HEAD that accepts HTML gets index.html,
 * so deep links (/issues/…) work after a reload. Hashed assets are cached for a year; index.html never.
 */
export function webStatic(dir: string) {
  const files = express.static(dir, {
    index: false,
    fallthrough: true,
    setHeaders(res, path) {
      res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const indexFile = resolve(dir, 'index.html');
  return (req: Request, res: Response, next: NextFunction) => {
    if (NOT_SPA.test(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    files(req, res, () => {
      if (/\.[a-z0-9]{1,8}$/i.test(req.path) || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexFile);
    });
  };
}
