import type { BenchContext } from '../support/bench-context';
import { startBenchServer } from '../support/bare-process';
import { get, login, post } from '../support/http-client';
import { BENCH_JWT_SECRET, benchPort, startServiceProcess, type ServiceProcess } from '../support/service-process';
import { median, round, throughput } from '../support/stats';

const ISSUES = 1_000;
const REQUESTS = Number(process.env.BENCH_HTTP_REQUESTS ?? 8_000);
const CONNECTIONS = 32;
const FEEDBACK = (i: number) => ({ note: `第${i}次反馈：请尽快整改并报送整改材料。`, channel: 'written' });

interface Target {
  name: string;
  what: string;
  process: ServiceProcess;
  /** the issues each connection writes to (the service's own; any id for the others) */
  issueIds: string[];
  commands: number[];
  me: number[];
  commandCpu: number[];
  meCpu: number[];
  peakRss: number;
}

/**
 * The HTTP path, side by side in one run, 32 keep-alive connections, each server its own process:
 *   bare            node:http + the same HS256 check + a JSON body + one INSERT per request (the baseline)
 *   nest-express    the same work inside Nest with Express (guard, helmet, the service's validation pipe and DTO)
 *   nest-fastify    the same Nest app on @nestjs/platform-fastify — the adapter choice, nothing else differs
 *   service         the api (WORKER_IN_PROCESS=false): POST /issues/:id/feedback (auth, validation, jurisdiction,
 *                   fold, decide, append) and GET /api/me
 * For each: requests/s, and the CPU the server process spent per request (µs), which the machine's load moves less.
 */
export async function run(ctx: BenchContext): Promise<void> {
  const targets: Target[] = [];
  const target = (name: string, what: string, process: ServiceProcess, issueIds: string[]): Target => ({ name, what, process, issueIds, commands: [], me: [], commandCpu: [], meCpu: [], peakRss: 0 });
  try {
    targets.push(target('bare', 'node:http + HS256 verify + JSON body + one INSERT', await startBenchServer('bare-server.js', ctx.databaseUrl, await benchPort(80), { JWT_SECRET: BENCH_JWT_SECRET }), []));
    for (const [i, adapter] of ['express', 'fastify'].entries()) {
      const server = await startBenchServer('adapter-app.js', ctx.databaseUrl, await benchPort(81 + i), { JWT_SECRET: BENCH_JWT_SECRET, HTTP_ADAPTER: adapter });
      targets.push(target(`nest-${adapter}`, `the bare work inside Nest on ${adapter}`, server, []));
    }
    const service = await startServiceProcess(ctx.databaseUrl, await benchPort(90), { WORKER_IN_PROCESS: 'false' });
    const token = await login(service.url, 'sup01');
    const issueIds: string[] = [];
    const registered = await throughput(ISSUES, CONNECTIONS, async () => {
      issueIds.push((await post(`${service.url}/api/issues`, token, { unitId: 'u-001', category: 'safety', severity: 'general', title: '消防通道堵塞', description: '北侧消防通道堆放杂物，需清理', source: { kind: 'visit' } })).id);
    });
    ctx.log({ bench: 'http.register-issue', connections: CONNECTIONS, commands: ISSUES, commandsPerSecond: round(registered, 0) });
    targets.push(target('service', 'the api: POST /api/issues/:id/feedback, GET /api/me', service, issueIds));
    for (const t of targets.slice(0, 3)) t.issueIds.push(...issueIds);

    const commands = (t: Target) => throughput(REQUESTS, CONNECTIONS, async (i, worker) => {
      // Each connection works on its own issues, like separate users.
      const owned = Math.floor(ISSUES / CONNECTIONS);
      await post(`${t.process.url}/api/issues/${t.issueIds[worker * owned + (i % owned)]}/feedback`, token, FEEDBACK(i));
    });
    const measure = async (t: Target, rates: number[], cpu: number[], work: () => Promise<number>) => {
      const before = t.process.cpuMs();
      const sampler = setInterval(() => (t.peakRss = Math.max(t.peakRss, t.process.rssMb())), 100);
      rates.push(await work());
      clearInterval(sampler);
      cpu.push(((t.process.cpuMs() - before) * 1000) / REQUESTS);
    };
    // Warm-up: JIT, pools, the service's fold cache.
    for (const t of targets) await throughput(ISSUES, CONNECTIONS, async (i) => { await post(`${t.process.url}/api/issues/${issueIds[i]}/feedback`, token, FEEDBACK(i)); });
    for (let rep = 0; rep < ctx.repetitions; rep++) {
      for (const t of targets) await measure(t, t.commands, t.commandCpu, () => commands(t));
      for (const t of targets) await measure(t, t.me, t.meCpu, () => throughput(REQUESTS, CONNECTIONS, async () => { await get(`${t.process.url}/api/me`, token); }));
    }
    const bare = targets[0];
    for (const t of targets) {
      const c = median(t.commands);
      const m = median(t.me);
      const vsBare = t === bare ? {} : {
        ratioToBare: round(c / median(bare.commands)), cpuRatioBareToThis: round(median(bare.commandCpu) / median(t.commandCpu)),
        target: t.name === 'service' ? '>= 0.40' : undefined,
      };
      const meVsBare = t === bare ? {} : {
        ratioToBare: round(m / median(bare.me)), cpuRatioBareToThis: round(median(bare.meCpu) / median(t.meCpu)),
        target: t.name === 'service' ? '>= 0.30' : undefined,
      };
      ctx.log({ bench: 'http.commands', server: t.name, what: t.what, connections: CONNECTIONS, requests: REQUESTS, perSecond: round(c, 0), runs: t.commands.map((r) => round(r, 0)), cpuUsPerRequest: round(median(t.commandCpu), 0), ...vsBare });
      ctx.log({ bench: 'http.get-me', server: t.name, connections: CONNECTIONS, requests: REQUESTS, perSecond: round(m, 0), runs: t.me.map((r) => round(r, 0)), cpuUsPerRequest: round(median(t.meCpu), 0), ...meVsBare });
    }
    ctx.log({ bench: 'http.process-rss', server: 'service', peakMb: round(targets[3].peakRss, 0), workload: 'commands and GET /api/me, 32 connections', target: '<= 250' });
  } finally {
    for (const t of targets) await t.process.stop();
  }
}
