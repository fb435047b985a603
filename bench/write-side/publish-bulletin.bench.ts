import type { BenchContext } from '../support/bench-context';
import { startServiceProcess } from '../support/service-process';
import { median, round, throughput } from '../support/stats';

const SIZES = [10, 200, 1_000]; // 1,000 is the most issues a bulletin may list

async function call(url: string, token: string | null, body: object): Promise<{ id: string; accessToken: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  if (response.status >= 300) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string; accessToken: string };
}

/**
 * POST /bulletins/:id/publish: publishing reads every listed issue's stream (and the unit names) to take the
 * bulletin's snapshot (issue #9), so its latency grows with the bulletin's size. Issues awaiting recheck (4 events).
 */
export async function run(ctx: BenchContext): Promise<void> {
  const service = await startServiceProcess(ctx.databaseUrl, 3991);
  try {
    const api = `${service.url}/api`;
    const [coordinator, unit] = await Promise.all(['coordinator', 'unit001'].map(async (username) => (await call(`${api}/auth/login`, null, { username, password: 'demo12345' })).accessToken));
    const issueIds: string[] = [];
    await throughput(Math.max(...SIZES), 16, async () => {
      const { id } = await call(`${api}/issues`, coordinator, { unitId: 'u-001', category: 'safety', severity: 'general', title: '消防通道堵塞', description: '—', source: { kind: 'visit' } });
      await call(`${api}/issues/${id}/rectification-orders`, coordinator, { requirements: '清理', calendarDays: 10 });
      await call(`${api}/issues/${id}/rectification-reports`, unit, { measures: '已清理' });
      issueIds.push(id);
    });
    for (const size of SIZES) {
      const runs: number[] = [];
      for (let rep = 0; rep < ctx.repetitions; rep++) {
        const { id } = await call(`${api}/bulletins`, coordinator, { title: '督导通报', issueIds: issueIds.slice(0, size) });
        const started = process.hrtime.bigint();
        await call(`${api}/bulletins/${id}/publish`, coordinator, { scope: 'internal' });
        runs.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      ctx.log({ bench: 'http.publish-bulletin', issues: size, medianMs: round(median(runs), 1), runsMs: runs.map((ms) => round(ms, 1)) });
    }
  } finally {
    await service.stop();
  }
}
