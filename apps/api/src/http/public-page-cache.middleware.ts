import { createHash } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
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
 *
 * `keep` (an Express middleware) keeps the answers; `serveInFrontOf(server)` answers a kept page from the HTTP
 * server's own request event, before Express parses anything (its router, query parser and every middleware cost
 * several times the copy itself) — so, like a CDN's, those hits are not in the access log.
 */
export function createPublicPageCache(options: PublicPageCacheOptions) {
  const { freshMs, now, maxEntries = 300, maxBytes = 8 * 1024 * 1024 } = options;
  const entries = new Map<string, Entry>();
  const keep = (req: Request, res: Response, next: NextFunction) => {
    if (freshMs <= 0 || req.method !== 'GET' || !cacheable(req.path, req.originalUrl, req.headers.authorization)) return next();
    const key = req.originalUrl;
    capture(res, (body) => {
      if (res.statusCode !== 200 || body.length > maxBytes) return;
      const headers: Entry['headers'] = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value !== undefined && !PER_ANSWER.has(name)) headers[name] = typeof value === 'number' ? String(value) : value;
      }
      entries.delete(key);
      // The framework's own ETag when it set one, so a browser revalidating what it first received gets its 304.
      const given = res.getHeader('etag');
      const etag = typeof given === 'string' ? given : `W/"${createHash('sha1').update(body).digest('base64url')}"`;
      entries.set(key, { at: Date.now(), headers, body, etag });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    });
    next();
  };
  /** Puts the kept pages in front of the server's request listeners (the framework's); misses go on to them. */
  const serveInFrontOf = (server: Server): void => {
    if (freshMs <= 0) return;
    const listeners = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const url = req.url ?? '';
      const hit = req.method === 'GET' && cacheable(url.split('?', 1)[0], url, req.headers.authorization) ? entries.get(url) : undefined;
      if (hit && Date.now() - hit.at < freshMs) return serve(req, res, hit, now());
      for (const listener of listeners) listener.call(server, req, res);
    });
  };
  return { keep, serveInFrontOf };
}

function cacheable(path: string, url: string, authorization: string | undefined): boolean {
  if (!path.startsWith('/api/public/') || path.startsWith('/api/public/complaints')) return false;
  return !authorization && !/[?&]minPosition=/.test(url);
}

function serve(req: IncomingMessage, res: ServerResponse, entry: Entry, serverTime: string): void {
  const headers = { ...entry.headers, 'x-server-time': serverTime, etag: entry.etag };
  if (req.headers['if-none-match'] === entry.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': String(entry.body.length) }).end(entry.body);
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
