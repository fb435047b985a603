import { randomUUID } from 'node:crypto';
import { createPool } from '@app/database';
import { PostgresEventStore } from '@app/event-store/postgres';
import type { BenchContext } from '../support/bench-context';
import { median, payload, round, throughput } from '../support/stats';

const EVENTS = 20_000;
const STREAMS = 1_000;
const CONCURRENCY = [1, 8, 32];

/**
 * The baseline (a raw single-row INSERT per transaction, the cheapest durable write PostgreSQL offers) and our
 * append (expected version, idempotency, hash chain, global order) with the same workload and concurrency.
 */
export async function run(ctx: BenchContext): Promise<void> {
  const pool = createPool(ctx.databaseUrl, 40);
  const store = new PostgresEventStore(pool);
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_raw (id bigserial PRIMARY KEY, stream text NOT NULL, version int NOT NULL, type text NOT NULL, data jsonb NOT NULL)`);
  try {
    for (const writers of CONCURRENCY) {
      const raw: number[] = [];
      const ours: number[] = [];
      for (let rep = 0; rep < ctx.repetitions; rep++) {
        await pool.query('TRUNCATE bench_raw');
        raw.push(
          await throughput(EVENTS, writers, async (i) => {
            await pool.query({ name: 'bench_raw_insert', text: 'INSERT INTO bench_raw (stream, version, type, data) VALUES ($1, $2, $3, $4)', values: [`s-${i % STREAMS}`, Math.floor(i / STREAMS) + 1, 'IssueFedBack', JSON.stringify(payload(i))] });
          }),
        );
        // Each writer owns its streams, so versions are known and no append conflicts.
        const prefix = randomUUID();
        const versions = new Map<number, number>();
        ours.push(
          await throughput(EVENTS, writers, async (i, worker) => {
            const owned = Math.floor(STREAMS / writers);
            const streamNo = worker * owned + (i % owned);
            const version = versions.get(streamNo) ?? 0;
            versions.set(streamNo, version + 1);
            await store.append(`issue-${prefix}-${streamNo}`, [{ type: 'IssueFedBack', data: payload(i) }], {
              expectedVersion: version,
              metadata: { commandId: randomUUID(), correlationId: 'bench', causationId: null, actor: { id: 'bench', role: 'system' }, recordedAt: new Date().toISOString() },
            });
          }),
        );
      }
      const baseline = median(raw);
      const append = median(ours);
      ctx.shared.set(`baseline@${writers}`, baseline);
      ctx.log({ bench: 'baseline.raw-insert', writers, events: EVENTS, streams: STREAMS, eventsPerSecond: round(baseline, 0), runs: raw.map((r) => round(r, 0)) });
      ctx.log({ bench: 'append.postgres', writers, events: EVENTS, streams: STREAMS, eventsPerSecond: round(append, 0), ratioToBaseline: round(append / baseline), runs: ours.map((r) => round(r, 0)), target: writers === 8 ? '>= 0.70' : undefined });
    }
  } finally {
    await pool.end();
  }
}
