import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

interface Entry {
  at: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  etag: string;
}

/** Headers that belong to one answer, never to a copy served later. */
const PER_ANSWER = new Set(['date', 'x-server-time', 'connection', 'keep-alive', 'transfer-encoding', 'set-cookie', 'content-length', 'etag']);

export interface PublicPageCacheOptions {
  freshMs: number;
  /** what the copy says the service's time is (the application's clock, like every other answer) */
  now: () => string;
  maxEntries?: number;
  maxBytes?: number;
}

/**
 * Issue #13: a crowd of citizens reading the public pages must not slow the office's commands. A public page's
 * successful answer is kept as bytes for `freshMs` and served again before the request reaches the framework (no
 * routing, guards, pipes or interceptors: a fraction of the CPU). Only anonymous GETs of /api/public/… without
 * `minPosition` (read-your-writes asks afresh); never the complaint routes (their lookups are rate-limited, their
 * answers personal to the asker). Answers carry an ETag, so a reader's browser revalidates with a 304.
 */
export function publicPageCache(options: PublicPageCacheOptions) {
  const { freshMs, now, maxEntries = 300, maxBytes = 8 * 1024 * 1024 } = options;
  const entries = new Map<string, Entry>();
  return (req: Request, res: Response, next: NextFunction) => {
    if (freshMs <= 0 || req.method !== 'GET' || !cacheable(req)) return next();
    const key = req.originalUrl;
    const hit = entries.get(key);
    if (hit && Date.now() - hit.at < freshMs) return serve(req, res, hit, now());
    capture(res, (body) => {
      if (res.statusCode !== 200 || body.length > maxBytes) return;
      const headers: Entry['headers'] = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value !== undefined && !PER_ANSWER.has(name)) headers[name] = typeof value === 'number' ? String(value) : value;
      }
      entries.delete(key);
      entries.set(key, { at: Date.now(), headers, body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    });
    next();
  };
}

function cacheable(req: Request): boolean {
  const path = req.path;
  if (!path.startsWith('/api/public/') || path.startsWith('/api/public/complaints')) return false;
  return !req.headers.authorization && !/[?&]minPosition=/.test(req.originalUrl);
}

function serve(req: Request, res: Response, entry: Entry, serverTime: string): void {
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
  res.setHeader('X-Server-Time', serverTime);
  res.setHeader('ETag', entry.etag);
  if (req.headers['if-none-match'] === entry.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Length', entry.body.length);
  res.end(entry.body);
}

/** Calls `done` with the answer's bytes once it has been sent (whatever way the framework wrote them). */
function capture(res: Response, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as Response['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    const result = end(chunk, ...rest);
    done(Buffer.concat(chunks));
    return result;
  }) as Response['end'];
}
