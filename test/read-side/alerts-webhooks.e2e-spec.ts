import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { eventually, orderRectification, registerIssue } from './read-side.helpers';
import { openSse } from './sse-client';

const SECRET = 'receiver-secret-0123456789';

/** A local receiver that refuses the first `failFirst` deliveries of each alert. */
async function startReceiver(failFirst: number) {
  const received: { headers: IncomingHttpHeaders; body: string; status: number }[] = [];
  const tries = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const key = String(req.headers['idempotency-key']);
      const attempt = (tries.get(key) ?? 0) + 1;
      tries.set(key, attempt);
      const status = attempt <= failFirst ? 503 : 200;
      received.push({ headers: req.headers, body, status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('read side: alerts over SSE and webhooks', () => {
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');
  let app: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver(2);
    app = await startTestApp({
      clock,
      env: {
        DEADLINE_SCAN_INTERVAL_MS: '200', PROJECTION_POLL_INTERVAL_MS: '20', WEBHOOK_RETRY_BASE_MS: '100',
        WEBHOOKS: JSON.stringify([{ name: 'ops', url: receiver.url, secret: SECRET }]),
      },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await receiver?.close();
  });

  it('streams the overdue alert to a connected client and delivers it, signed, after the receiver failed twice', async () => {
    const [sup, leader] = await Promise.all([app.login('sup01'), app.login('leader')]);
    const sse = openSse(`${app.url}/api/alerts/stream`, { authorization: `Bearer ${leader}` });
    const issue = await registerIssue(app, sup);
    await orderRectification(app, sup, issue.id, new Date(Date.parse(clock.now()) + 5_000).toISOString());
    clock.advance(6_000);

    const overdue = await eventually(async () => sse.messages.map((m) => ({ id: m.id, alert: JSON.parse(m.data) })).find((m) => m.alert.kind === 'overdue'), 4000, 'the SSE alert');
    expect(overdue.alert).toMatchObject({ issueId: issue.id, unitId: 'u-001', title: '消防通道堵塞' });
    expect(overdue.id).toBe(overdue.alert.position);

    const delivered = await eventually(async () => {
      const list = await app.api('GET', '/alerts?kind=overdue', { token: leader });
      const item = list.body.items.find((a: { issueId: string }) => a.issueId === issue.id);
      return item?.deliveries?.[0]?.status === 'delivered' ? item : null;
    }, 8000, 'webhook delivery');
    expect(delivered.deliveries[0]).toMatchObject({ receiver: 'ops', attempts: 3, lastStatus: 200 });

    const attempts = receiver.received.filter((r) => r.headers['idempotency-key'] === delivered.id);
    expect(attempts.map((a) => a.status)).toEqual([503, 503, 200]);
    for (const attempt of attempts) {
      const expected = `sha256=${createHmac('sha256', SECRET).update(attempt.body).digest('hex')}`;
      expect(attempt.headers['x-signature-256']).toBe(expected);
      expect(JSON.parse(attempt.body)).toMatchObject({ id: delivered.id, kind: 'overdue', issueId: issue.id });
    }

    // Resuming with Last-Event-ID replays what came after it, and nothing before.
    const firstId = sse.messages[0].id!;
    await sse.close();
    const resumed = openSse(`${app.url}/api/alerts/stream`, { authorization: `Bearer ${leader}`, 'last-event-id': firstId });
    await eventually(async () => resumed.messages.length >= sse.messages.length - 1, 3000, 'the resumed stream');
    expect(resumed.messages.map((m) => m.id)).toEqual(sse.messages.slice(1).map((m) => m.id));
    await resumed.close();
  });
});
