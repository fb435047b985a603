import type { BenchContext } from '../support/bench-context';
import { startServiceProcess } from '../support/service-process';
import { median, round, throughput } from '../support/stats';

const ISSUES = 1_000;
const COMMANDS = 20_000;
const CONNECTIONS = 32;

async function post(url: string, token: string, body: object): Promise<{ id: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  if (response.status >= 300) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string };
}

/** Waits until every projection of the in-process worker has caught up (health reports no lag). */
async function settle(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const health = (await (await fetch(`${url}/api/health`)).json()) as { checks?: { projections?: { detail?: { lagEvents: number }[] } } };
    if ((health.checks?.projections?.detail ?? []).every((p) => p.lagEvents === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** End-to-end commands over HTTP (auth, validation, read + fold + decide + append) at 32 connections. */
export async function run(ctx: BenchContext): Promise<void> {
  const service = await startServiceProcess(ctx.databaseUrl, 3990);
  try {
    const login = await fetch(`${service.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'sup01', password: 'demo12345' }) });
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const issueIds: string[] = [];
    const registered = await throughput(ISSUES, CONNECTIONS, async () => {
      const created = await post(`${service.url}/api/issues`, token, { unitId: 'u-001', category: 'safety', severity: 'general', title: '消防通道堵塞', description: '北侧消防通道堆放杂物，需清理', source: { kind: 'visit' } });
      issueIds.push(created.id);
    });
    let peakRss = service.rssMb();
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, service.rssMb())), 200);
    const runs: number[] = [];
    for (let rep = 0; rep < ctx.repetitions; rep++) {
      runs.push(
        await throughput(COMMANDS, CONNECTIONS, async (i, worker) => {
          // Each connection works on its own issues, like separate users; conflicts would be retried anyway.
          const owned = Math.floor(ISSUES / CONNECTIONS);
          const issueId = issueIds[worker * owned + (i % owned)];
          await post(`${service.url}/api/issues/${issueId}/feedback`, token, { note: `第${i}次反馈：请尽快整改并报送整改材料。`, channel: 'written' });
        }),
      );
    }
    clearInterval(sampler);
    await settle(service.url);
    // The ceiling of the HTTP stack itself, once the in-process worker has caught up: the cheapest
    // authenticated route (token check, no event store).
    const ceiling = await throughput(COMMANDS / 2, CONNECTIONS, async () => {
      const response = await fetch(`${service.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
    });

    const commands = median(runs);
    const baseline8 = ctx.shared.get('baseline@8');
    const baseline32 = ctx.shared.get('baseline@32');
    ctx.log({ bench: 'http.register-issue', connections: CONNECTIONS, commands: ISSUES, commandsPerSecond: round(registered, 0) });
    ctx.log({
      bench: 'http.commands', connections: CONNECTIONS, commands: COMMANDS, issues: ISSUES, commandsPerSecond: round(commands, 0), runs: runs.map((r) => round(r, 0)),
      ratioToBaseline8: baseline8 ? round(commands / baseline8) : null, ratioToBaseline32: baseline32 ? round(commands / baseline32) : null, target: '>= 0.30 (vs baseline at 8 writers)',
    });
    ctx.log({ bench: 'http.ceiling.get-me', connections: CONNECTIONS, requests: COMMANDS / 2, requestsPerSecond: round(ceiling, 0), commandsPerCeiling: round(commands / ceiling) });
    ctx.log({ bench: 'http.process-rss', peakMb: round(peakRss, 0), target: '<= 300' });
  } finally {
    await service.stop();
  }
}
