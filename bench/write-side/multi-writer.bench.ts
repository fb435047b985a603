import { Client } from 'pg';
import type { BenchContext } from '../support/bench-context';
import { login, post } from '../support/http-client';
import { benchPort, startServiceProcess } from '../support/service-process';
import { median, round, throughput } from '../support/stats';

const ISSUES = 500;
const REQUESTS = Number(process.env.BENCH_HTTP_REQUESTS ?? 8_000) / 2;
const CONNECTIONS = 32;

/**
 * Two api processes writing the same issues (issue #19: api replicas are the documented way to scale). Each keeps a
 * cache of folded streams, which the other's writes make stale: a stale fold's append must cost a retry, never a
 * connection. Alone: one process, 32 connections. Together: 16 connections to each, connection k of both writing
 * the same issues. Also counted: PostgreSQL sessions opened during each phase (pg_stat_database.sessions).
 */
export async function run(ctx: BenchContext): Promise<void> {
  // 10 connections each: two processes stay within the pool one process has by default (20).
  const env = { WORKER_IN_PROCESS: 'false', DATABASE_POOL_SIZE: '10' };
  const a = await startServiceProcess(ctx.databaseUrl, await benchPort(95), env);
  const b = await startServiceProcess(ctx.databaseUrl, await benchPort(96), env);
  const admin = new Client({ connectionString: ctx.databaseUrl });
  await admin.connect();
  try {
    const token = await login(a.url, 'sup01');
    const issueIds: string[] = [];
    await throughput(ISSUES, CONNECTIONS, async () => {
      issueIds.push((await post(`${a.url}/api/issues`, token, { unitId: 'u-002', category: 'safety', severity: 'general', title: '多写入者', description: '两个进程写同一批问题', source: { kind: 'visit' } })).id);
    });
    const sessions = async () => Number((await admin.query(`SELECT sessions FROM pg_stat_database WHERE datname = current_database()`)).rows[0].sessions);
    const owned = Math.floor(ISSUES / (CONNECTIONS / 2));
    const feedback = (base: string, i: number, k: number) =>
      post(`${base}/api/issues/${issueIds[(k % (CONNECTIONS / 2)) * owned + (i % owned)]}/feedback`, token, { note: `第${i}次反馈`, channel: 'written' });
    const alone = () => throughput(REQUESTS, CONNECTIONS, (i, k) => feedback(a.url, i, k).then(() => undefined));
    // Connections 0–15 go to A and 16–31 to B; k and k + 16 write the same issues.
    const together = () => throughput(REQUESTS, CONNECTIONS, (i, k) => feedback(k < CONNECTIONS / 2 ? a.url : b.url, i, k).then(() => undefined));
    await together(); // warm-up: both processes have folded every issue
    const runs = { alone: [] as number[], together: [] as number[], aloneSessions: [] as number[], togetherSessions: [] as number[] };
    for (let rep = 0; rep < ctx.repetitions; rep++) {
      let before = await sessions();
      runs.alone.push(await alone());
      runs.aloneSessions.push((await sessions()) - before);
      before = await sessions();
      runs.together.push(await together());
      runs.togetherSessions.push((await sessions()) - before);
    }
    ctx.log({
      bench: 'http.multi-writer', issues: ISSUES, connections: CONNECTIONS, requests: REQUESTS,
      aloneCommandsPerSecond: round(median(runs.alone), 0), togetherCommandsPerSecond: round(median(runs.together), 0),
      ratio: round(median(runs.together) / median(runs.alone)), target: '>= 0.80',
      aloneRuns: runs.alone.map((r) => round(r, 0)), togetherRuns: runs.together.map((r) => round(r, 0)),
      sessionsOpenedAlone: runs.aloneSessions, sessionsOpenedTogether: runs.togetherSessions,
    });
  } finally {
    await admin.end();
    await a.stop();
    await b.stop();
  }
}
