import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { BenchContext } from '../support/bench-context';
import { login, post } from '../support/http-client';
import { BENCH_JWT_SECRET, benchPort, startServiceProcess } from '../support/service-process';
import { median, percentile, round, throughput } from '../support/stats';

const ISSUES = 500;
const REQUESTS = Number(process.env.BENCH_PUBLIC_COMMANDS ?? 3_000);
const CONNECTIONS = 32;
const READERS = Number(process.env.BENCH_PUBLIC_READERS ?? 200);
/** Between two pages a reader reads: 1 s is a person paging; 0 is a crawler (reported as its own phase). */
const PAUSE_MS = Number(process.env.BENCH_READER_PAUSE_MS ?? 1_000);
const BULLETINS = 3;

interface ReaderStats { requests: number; latenciesMs: number[]; seconds: number }
interface Phase { rates: number[]; readers: ReaderStats[]; cpuMs: number[] }

/**
 * Issue #13: the public pages must be cheap — 200 concurrent readers must not slow commands. One api process
 * (WORKER_IN_PROCESS=false) and the worker in its own process, as in production (it maintains the read models the
 * public pages read); commands are POST /api/issues/:id/feedback from 32 keep-alive connections (as in
 * http-commands), measured alone and then while 200 keep-alive readers (no login) loop over GET /api/public/bulletins,
 * /api/public/bulletins/:id, /api/public/bulletins/:id/document?format=pdf and /api/public/rectification — once paced
 * (PAUSE_MS between pages, like people reading) and once flat out. Ratio = commands/s with readers ÷ alone.
 */
export async function run(ctx: BenchContext): Promise<void> {
  const service = await startServiceProcess(ctx.databaseUrl, await benchPort(97), { WORKER_IN_PROCESS: 'false' });
  const worker = spawn(process.execPath, ['--max-old-space-size=192', resolve(__dirname, '../../apps/worker/src/main.js')], {
    env: { ...process.env, DATABASE_URL: ctx.databaseUrl, DEMO: '1', LOG_LEVEL: 'warn', JWT_SECRET: BENCH_JWT_SECRET },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const api = `${service.url}/api`;
    const [supervisor, coordinator] = await Promise.all([login(service.url, 'sup01'), login(service.url, 'coordinator')]);
    const issueIds: string[] = [];
    await throughput(ISSUES, CONNECTIONS, async () => {
      issueIds.push((await post(`${api}/issues`, supervisor, { unitId: 'u-001', category: 'safety', severity: 'general', title: '消防通道堵塞', description: '北侧消防通道堆放杂物，需清理', source: { kind: 'visit' } })).id);
    });
    // A few published public bulletins of 20 issues each (the coordinator's own issues, so the office may list them).
    const bulletinIds: string[] = [];
    for (let b = 0; b < BULLETINS; b++) {
      const listed: string[] = [];
      for (let i = 0; i < 20; i++) {
        listed.push((await post(`${api}/issues`, coordinator, { unitId: `u-00${1 + (i % 5)}`, category: 'safety', severity: 'general', title: `公开通报问题${b}-${i}`, description: '楼梯扶手松动', source: { kind: 'visit' } })).id);
      }
      const { id } = await post(`${api}/bulletins`, coordinator, { kind: 'problems', title: `第${b + 1}期督导问题通报`, period: { from: '2026-09-01', to: '2026-09-30' }, body: '现将本期督导发现的问题通报如下。', issueIds: listed });
      await post(`${api}/bulletins/${id}/publish`, coordinator, { scope: 'public' });
      bulletinIds.push(id);
    }
    const readerUrls = bulletinIds.flatMap((id) => [`${api}/public/bulletins`, `${api}/public/bulletins/${id}`, `${api}/public/bulletins/${id}/document?format=pdf`, `${api}/public/rectification`]);
    // The worker has projected the bulletins (and they are rendered once) before timing.
    for (const url of readerUrls) for (let tries = 0; !(await read(url, tries < 300)); tries++) await new Promise((r) => setTimeout(r, 100));

    const owned = Math.floor(ISSUES / CONNECTIONS);
    const commands = (count = REQUESTS) => throughput(count, CONNECTIONS, async (i, k) => {
      await post(`${api}/issues/${issueIds[k * owned + (i % owned)]}/feedback`, supervisor, { note: `第${i}次反馈：请尽快整改。`, channel: 'written' });
    });
    // The service's CPU while commands ran (ms): with the commands' own share taken out, what the readers cost it.
    const withReaders = async (pauseMs: number, count: number, phase: Phase) => {
      const readers = startReaders(readerUrls, pauseMs);
      await new Promise((r) => setTimeout(r, Math.max(1_000, pauseMs))); // every reader has connected and read once
      const before = service.cpuMs();
      phase.rates.push(await commands(count));
      phase.readers.push(await readers.stop());
      phase.cpuMs.push(service.cpuMs() - before);
    };
    await commands(); // warm-up: JIT, pools, the fold cache
    const alone: number[] = [];
    const aloneCpuUs: number[] = [];
    const phases = { paced: { rates: [], readers: [], cpuMs: [] } as Phase, flatOut: { rates: [], readers: [], cpuMs: [] } as Phase };
    for (let rep = 0; rep < ctx.repetitions; rep++) {
      const before = service.cpuMs();
      alone.push(await commands());
      aloneCpuUs.push(((service.cpuMs() - before) * 1000) / REQUESTS);
      await withReaders(PAUSE_MS, REQUESTS, phases.paced);
      await withReaders(0, REQUESTS / 6, phases.flatOut); // a sixth as many commands: they crawl
    }
    const commandCpuUs = median(aloneCpuUs);
    for (const [name, phase] of Object.entries(phases)) {
      const count = name === 'paced' ? REQUESTS : REQUESTS / 6;
      const readerCpuUs = phase.cpuMs.map((ms, i) => (ms * 1000 - count * commandCpuUs) / phase.readers[i].requests);
      ctx.log({
        bench: 'http.public-readers', readers: READERS, readerPauseMs: name === 'paced' ? PAUSE_MS : 0, connections: CONNECTIONS, commands: count,
        aloneCommandsPerSecond: round(median(alone), 0), withReadersCommandsPerSecond: round(median(phase.rates), 0),
        ratio: round(median(phase.rates) / median(alone)), target: name === 'paced' ? '>= 0.80' : undefined,
        readerRequestsPerSecond: round(median(phase.readers.map((s) => s.requests / s.seconds)), 0),
        readerP50Ms: round(median(phase.readers.map((s) => percentile(s.latenciesMs, 50))), 1),
        readerP95Ms: round(median(phase.readers.map((s) => percentile(s.latenciesMs, 95))), 1),
        serviceCpuUsPerCommand: round(commandCpuUs, 0), serviceCpuUsPerRead: round(median(readerCpuUs), 0),
        aloneRuns: alone.map((r) => round(r, 0)), withReadersRuns: phase.rates.map((r) => round(r, 0)),
      });
    }
  } finally {
    await service.stop();
    if (worker.exitCode === null) await new Promise<void>((done) => { worker.once('exit', () => done()); worker.kill('SIGTERM'); });
  }
}

/** false for a 404 when `notYet` (the read model has not caught up); any other non-200 fails the bench. */
async function read(url: string, notYet = false): Promise<boolean> {
  const response = await fetch(url);
  await response.arrayBuffer(); // the whole body, so the connection is kept for the next request
  if (response.status === 404 && notYet) return false;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return true;
}

/** READERS loops, each its own keep-alive connection, walking the public pages from a different starting point. */
function startReaders(urls: string[], pauseMs: number): { stop(): Promise<ReaderStats> } {
  let running = true;
  const latenciesMs: number[] = [];
  const started = process.hrtime.bigint();
  const loops = Array.from({ length: READERS }, async (_, r) => {
    for (let i = r; running; i++) {
      const t0 = process.hrtime.bigint();
      await read(urls[i % urls.length]);
      latenciesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (pauseMs) await new Promise((done) => setTimeout(done, pauseMs * (0.5 + Math.random())));
    }
  });
  return {
    async stop() {
      running = false;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const requests = latenciesMs.length; // those answered while commands ran
      await Promise.all(loops);
      return { requests, latenciesMs, seconds };
    },
  };
}
