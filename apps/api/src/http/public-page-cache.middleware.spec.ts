import type { AddressInfo } from 'node:net';
import express from 'express';
import { createServer } from 'node:http';
import { createPublicPageCache } from './public-page-cache.middleware';

/** The public pages' byte cache in front of the application: what it serves again, and what it never touches. */
describe('public page cache', () => {
  let calls = 0;
  let serverTime = '2026-06-01T02:00:00.000Z';
  let base: string;
  let close: () => void;

  beforeAll(async () => {
    const app = express();
    const cache = createPublicPageCache({ freshMs: 60_000, now: () => serverTime });
    app.use(cache.keep);
    app.get('/api/public/bulletins', (_req, res) => { calls++; res.setHeader('X-Server-Time', serverTime); res.json({ items: [calls] }); });
    app.get('/api/public/missing', (_req, res) => { calls++; res.status(404).json({ code: 'NOT_FOUND' }); });
    app.get('/api/public/complaints/status', (_req, res) => { calls++; res.json({ status: calls }); });
    app.get('/api/public/document', (_req, res) => { calls++; res.type('application/pdf'); res.write(Buffer.from('%PDF-')); res.end(Buffer.from(`${calls}`)); });
    const server = app.listen(0);
    cache.serveInFrontOf(server);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());
  beforeEach(() => { calls = 0; });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

  it('answers an anonymous public GET again from memory, with the time of the moment and an ETag for a 304', async () => {
    const first = await get('/api/public/bulletins?page=1');
    expect(await first.json()).toEqual({ items: [1] });
    serverTime = '2026-06-01T02:00:03.000Z';
    const second = await get('/api/public/bulletins?page=1');
    expect(await second.json()).toEqual({ items: [1] });
    expect(calls).toBe(1);
    expect(second.headers.get('x-server-time')).toBe('2026-06-01T02:00:03.000Z');
    expect(second.headers.get('content-type')).toMatch(/application\/json/);
    const etag = second.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const revalidated = await get('/api/public/bulletins?page=1', { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(calls).toBe(1);
  });

  it('keeps a document written in pieces whole', async () => {
    const first = Buffer.from(await (await get('/api/public/document')).arrayBuffer()).toString();
    const again = await get('/api/public/document');
    expect(Buffer.from(await again.arrayBuffer()).toString()).toBe(first);
    expect(first).toBe('%PDF-1');
    expect(again.headers.get('content-type')).toBe('application/pdf');
    expect(calls).toBe(1);
  });

  it('never keeps a refusal, a signed-in read, a read-your-writes read or a complaint lookup', async () => {
    await get('/api/public/missing');
    await get('/api/public/missing');
    expect(calls).toBe(2);
    await get('/api/public/bulletins?page=2', { authorization: 'Bearer x' });
    await get('/api/public/bulletins?page=2', { authorization: 'Bearer x' });
    expect(calls).toBe(4);
    await get('/api/public/bulletins?page=3&minPosition=1:5');
    await get('/api/public/bulletins?page=3&minPosition=1:5');
    expect(calls).toBe(6);
    await get('/api/public/complaints/status?code=A');
    await get('/api/public/complaints/status?code=A');
    expect(calls).toBe(8);
  });
});

/** In front of the framework: a kept page never reaches Express (nor any middleware before the cache). */
describe('public page cache in front of the server', () => {
  let seenByExpress = 0;
  let calls = 0;
  let base: string;
  let close: () => void;

  beforeAll(async () => {
    const app = express();
    app.use((_req, _res, next) => { seenByExpress++; next(); });
    const cache = createPublicPageCache({ freshMs: 60_000, now: () => '2026-06-01T02:00:00.000Z' });
    app.use(cache.keep);
    app.get('/api/public/bulletins', (_req, res) => { calls++; res.setHeader('X-Content-Type-Options', 'nosniff'); res.json({ items: [calls] }); });
    app.get('/api/public/complaints/status', (_req, res) => { calls++; res.json({ status: calls }); });
    const server = createServer(app);
    cache.serveInFrontOf(server);
    server.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('answers a kept page from the server with the headers the framework gave it, and a 304 on its ETag', async () => {
    const first = await fetch(`${base}/api/public/bulletins?page=1`);
    expect(await first.json()).toEqual({ items: [1] });
    expect(seenByExpress).toBe(1);
    const again = await fetch(`${base}/api/public/bulletins?page=1`);
    expect(await again.json()).toEqual({ items: [1] });
    expect(again.headers.get('etag')).toBe(first.headers.get('etag')); // Express' own, kept with the copy
    expect(again.headers.get('x-content-type-options')).toBe('nosniff');
    expect(again.headers.get('x-server-time')).toBe('2026-06-01T02:00:00.000Z');
    expect(seenByExpress).toBe(1);
    const revalidated = await fetch(`${base}/api/public/bulletins?page=1`, { headers: { 'if-none-match': again.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    expect(seenByExpress).toBe(1);
  });

  it('sends everything else on to the framework: a signed-in read, a complaint lookup, another page', async () => {
    const before = seenByExpress;
    await fetch(`${base}/api/public/bulletins?page=1`, { headers: { authorization: 'Bearer x' } });
    await fetch(`${base}/api/public/complaints/status?code=A`);
    await fetch(`${base}/api/public/complaints/status?code=A`);
    await fetch(`${base}/api/public/bulletins?page=2`);
    expect(seenByExpress - before).toBe(4);
  });
});
