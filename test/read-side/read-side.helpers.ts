import type { TestApp } from '@app/testing/test-app';

/** Registers an issue at `unitId` as `supervisor` and returns its id and the command's position. */
export async function registerIssue(app: TestApp, token: string, unitId = 'u-001', extra: Record<string, unknown> = {}) {
  const response = await app.api('POST', '/issues', {
    token,
    body: { unitId, category: 'safety', severity: 'serious', title: '消防通道堵塞', description: 'blocked fire exit', source: { kind: 'visit' }, ...extra },
  });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; position: string };
}

export async function orderRectification(app: TestApp, token: string, issueId: string, deadline: string) {
  const response = await app.api('POST', `/issues/${issueId}/rectification-orders`, { token, body: { requirements: 'clear it', deadline } });
  if (response.status !== 200) throw new Error(`order failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; position: string };
}

/** Polls `probe` until it returns a truthy value (or fails after `timeoutMs`). */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function historyTypes(app: TestApp, token: string, issueId: string): Promise<string[]> {
  const response = await app.api('GET', `/issues/${issueId}/history`, { token });
  return (response.body.events as { type: string }[]).map((e) => e.type);
}
