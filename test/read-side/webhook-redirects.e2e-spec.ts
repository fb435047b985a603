import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { eventually, orderRectification, registerIssue } from './read-side.helpers';

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * A webhook receiver that answers 307 would have the signed alert re-posted wherever it points (an internal
 * address). Redirects are refused: a failed attempt, logged, retried per policy, and shown on the alert.
 */
describe('webhooks: redirects are refused', () => {
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');
  let app: TestApp;
  let internal: Awaited<ReturnType<typeof listen>>;
  let redirector: Awaited<ReturnType<typeof listen>>;
  const internalHits: string[] = [];
  const redirects: string[] = [];

  beforeAll(async () => {
    internal = await listen((req, res) => {
      internalHits.push(`${req.method} ${req.url}`);
      res.writeHead(200).end();
    });
    redirector = await listen((req, res) => {
      req.resume();
      redirects.push(String(req.headers['idempotency-key']));
      res.writeHead(307, { location: `${internal.url}/admin/steal` }).end();
    });
    app = await startTestApp({
      clock,
      env: {
        DEADLINE_SCAN_INTERVAL_MS: '200', PROJECTION_POLL_INTERVAL_MS: '20', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_MAX_ATTEMPTS: '3',
        WEBHOOKS: JSON.stringify([{ name: 'ops', url: `${redirector.url}/hooks`, secret: 'receiver-secret-0123456789' }]),
      },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await new Promise((resolve) => redirector?.server.close(resolve));
    await new Promise((resolve) => internal?.server.close(resolve));
  });

  it('never posts to the redirect target, retries, and marks the delivery failed with the reason', async () => {
    const [sup, leader] = await Promise.all([app.login('sup01'), app.login('leader')]);
    const issue = await registerIssue(app, sup);
    await orderRectification(app, sup, issue.id, new Date(Date.parse(clock.now()) + 5_000).toISOString());
    clock.advance(6_000);

    const failed = await eventually(async () => {
      const list = await app.api('GET', '/alerts?kind=overdue', { token: leader });
      const item = list.body.items.find((a: { issueId: string }) => a.issueId === issue.id);
      return item?.deliveries?.[0]?.status === 'failed' ? item : null;
    }, 10_000, 'the delivery to give up');
    expect(failed.deliveries[0]).toMatchObject({ receiver: 'ops', attempts: 3, lastStatus: 307 });
    expect(failed.deliveries[0].lastError).toMatch(/^redirect refused: HTTP 307 to http:\/\/127\.0\.0\.1:\d+\/admin\/steal$/);
    expect(redirects.filter((id) => id === failed.id)).toHaveLength(3); // retried per policy, then given up
    expect(internalHits).toEqual([]);
  });
});
