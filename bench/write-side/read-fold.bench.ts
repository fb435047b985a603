import { randomUUID } from 'node:crypto';
import { createPool } from '@app/database';
import { foldIssue, type IssueEvent } from '@app/domain';
import { PostgresEventStore } from '@app/event-store/postgres';
import type { BenchContext } from '../support/bench-context';
import { median, payload, percentile, round } from '../support/stats';

const STREAMS = 200;
const READS = 4_000;

/** Reading and folding one 50-event issue stream through the adapter vs the same rows by a raw SELECT. */
export async function run(ctx: BenchContext): Promise<void> {
  const pool = createPool(ctx.databaseUrl, 8);
  const store = new PostgresEventStore(pool);
  try {
    const ids = Array.from({ length: STREAMS }, () => randomUUID());
    for (const id of ids) {
      const registered = { type: 'IssueRegistered', data: { issueId: id, unitId: 'u-001', regionId: 'r-demo-county', category: 'safety', severity: 'general', safetyHazard: false, title: '消防通道堵塞', description: '北侧消防通道堆放杂物', source: { kind: 'visit' }, evidence: [], foundAt: '2026-06-01T02:00:00.000Z', foundBy: 'user-sup01' } };
      const feedback = Array.from({ length: 49 }, (_, i) => ({ type: 'IssueFedBack', data: payload(i) }));
      await store.append(`issue-${id}`, [registered, ...feedback], {
        expectedVersion: 0,
        metadata: { commandId: randomUUID(), correlationId: 'bench', causationId: null, actor: { id: 'bench', role: 'system' }, recordedAt: new Date().toISOString() },
      });
    }
    const timeEach = async (read: (stream: string) => Promise<unknown>) => {
      const samples: number[] = [];
      for (let i = 0; i < READS; i++) {
        const started = process.hrtime.bigint();
        await read(`issue-${ids[i % STREAMS]}`);
        samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      return samples;
    };
    const rawRuns: number[] = [];
    const ourRuns: number[] = [];
    let p95: [number, number] = [0, 0];
    for (let rep = 0; rep < ctx.repetitions; rep++) {
      const raw = await timeEach((stream) => pool.query({ name: 'bench_raw_read', text: 'SELECT * FROM es_events WHERE stream = $1 ORDER BY version', values: [stream] }));
      const ours = await timeEach(async (stream) => foldIssue((await store.readStream(stream)) as unknown as IssueEvent[]));
      rawRuns.push(median(raw));
      ourRuns.push(median(ours));
      p95 = [percentile(raw, 95), percentile(ours, 95)];
    }
    const raw = median(rawRuns);
    const ours = median(ourRuns);
    ctx.log({ bench: 'read-fold.raw-select', events: 50, p50ms: round(raw, 3), p95ms: round(p95[0], 3), reads: READS });
    ctx.log({ bench: 'read-fold.postgres', events: 50, p50ms: round(ours, 3), p95ms: round(p95[1], 3), ratioToRawSelect: round(ours / raw), reads: READS, target: '<= 1.3' });
  } finally {
    await pool.end();
  }
}
