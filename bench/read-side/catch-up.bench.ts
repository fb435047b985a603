import { PostgresEventStore } from '@app/event-store/postgres';
import { findProjection } from '@app/projections';
import { rebuildProjection } from '../../apps/worker/src/projections/projection-rebuild';
import type { BenchContext } from '../support/bench-context';
import { median, round } from '../support/stats';
import { loadIssueLog, scratchDatabase } from './read-side-data';

const ISSUES = Number(process.env.BENCH_CATCHUP_ISSUES ?? 50_000);
const BATCH = 5000;

/**
 * Projection catch-up: (1) reading the whole global log with readAll (batches of 5000), filtered to issue streams as
 * the projections read it, vs a raw keyset SELECT of exactly the columns readAll reads with the same filter (and the
 * unfiltered read vs the unfiltered raw SELECT); (2) rebuilding the issue-summary projection, events/s, vs a raw 100-row-batch
 * INSERT of as many rows of the same width.
 */
export async function run(ctx: BenchContext): Promise<void> {
  const db = await scratchDatabase(ctx.databaseUrl, 'catchup');
  try {
    const loadStarted = Date.now();
    const events = await loadIssueLog(db.pool, ISSUES);
    await db.pool.query('VACUUM ANALYZE es_events');
    ctx.log({ bench: 'read-side/load-log', events, issues: ISSUES, seconds: round((Date.now() - loadStarted) / 1000, 1) });
    const store = new PostgresEventStore(db.pool);

    const rawRates: number[] = [];
    const globalRates: number[] = [];
    const filteredRates: number[] = [];
    const readWhole = (streamPrefixes?: string[]) => async () => {
      let after: string | null = null;
      for (;;) {
        const { next } = await store.readAll({ after, limit: BATCH, streamPrefixes });
        if (next === null || next === after) return;
        after = next;
      }
    };
    const rawFilteredRates: number[] = [];
    for (let rep = 0; rep < Math.max(ctx.repetitions, 2); rep++) {
      // alternate the order, so neither side always reads a cold cache
      if (rep % 2 === 0) {
        rawFilteredRates.push(await timeRate(events, () => rawScan(db.pool, true)));
        rawRates.push(await timeRate(events, () => rawScan(db.pool, false)));
      }
      filteredRates.push(await timeRate(events, readWhole(['issue-'])));
      globalRates.push(await timeRate(events, readWhole()));
      if (rep % 2 === 1) {
        rawRates.push(await timeRate(events, () => rawScan(db.pool, false)));
        rawFilteredRates.push(await timeRate(events, () => rawScan(db.pool, true)));
      }
    }
    const raw = median(rawRates);
    const rawFiltered = median(rawFilteredRates);
    const global = median(globalRates);
    const filtered = median(filteredRates);
    ctx.log({ bench: 'read-side/catch-up-read-filtered', unit: 'events/s', median: Math.round(filtered), baseline: Math.round(rawFiltered), ratio: round(filtered / rawFiltered), target: '>= 0.85', streamPrefixes: ['issue-'], events, batch: BATCH, runs: filteredRates.map(Math.round), baselineRuns: rawFilteredRates.map(Math.round), baselineName: `raw keyset SELECT of ${RAW_COLUMNS} WHERE stream LIKE 'issue-%'`, note: 'what the projection runner reads' });
    ctx.log({ bench: 'read-side/catch-up-read', unit: 'events/s', median: Math.round(global), baseline: Math.round(raw), ratio: round(global / raw), events, batch: BATCH, runs: globalRates.map(Math.round), baselineName: `raw keyset SELECT of ${RAW_COLUMNS}`, note: 'unfiltered (a rebuild reads this way)' });

    const rebuildRates: number[] = [];
    const insertRates: number[] = [];
    for (let rep = 0; rep < Math.min(ctx.repetitions, 2); rep++) {
      insertRates.push(await timeRate(events, () => rawInsert(db.pool, events)));
      const started = process.hrtime.bigint();
      const result = await rebuildProjection({ pool: db.pool, store }, findProjection('issue-summary')!, { batchSize: BATCH, restart: true });
      rebuildRates.push(result.events / (Number(process.hrtime.bigint() - started) / 1e9));
    }
    const rebuild = median(rebuildRates);
    const insert = median(insertRates);
    ctx.log({ bench: 'read-side/rebuild-issue-summary', unit: 'events/s', median: Math.round(rebuild), baseline: Math.round(insert), baselineName: 'raw INSERT, 100 rows per statement', ratio: round(rebuild / insert), target: '>= 0.30', events, issues: ISSUES });
  } finally {
    await db.drop();
  }
}

async function timeRate(count: number, work: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

/** Exactly the columns readAll reads (recorded_at is not among them: the metadata carries the instant). */
const RAW_COLUMNS = 'position, tx_id, stream, version, type, data, metadata, hash, prev_hash';

/** The baseline reader: keyset pages over (tx_id, position), the same columns and filter, no visibility bound. */
async function rawScan(pool: import('pg').Pool, filtered: boolean): Promise<void> {
  let tx = '0';
  let position = '0';
  for (;;) {
    const result = await pool.query(
      `SELECT ${RAW_COLUMNS} FROM es_events
        WHERE (tx_id, position) > ($1::text::xid8, $2::bigint) ${filtered ? `AND stream LIKE 'issue-%'` : ''} ORDER BY tx_id, position LIMIT ${BATCH}`,
      [tx, position],
    );
    if (result.rows.length === 0) return;
    const last = result.rows[result.rows.length - 1] as { tx_id: string; position: string };
    tx = last.tx_id;
    position = last.position;
  }
}

/** The baseline writer: rows as wide as an issue summary, 100 per INSERT statement. */
async function rawInsert(pool: import('pg').Pool, rows: number): Promise<void> {
  await pool.query(`DROP TABLE IF EXISTS bench_raw_insert`);
  await pool.query(`CREATE TABLE bench_raw_insert (id text PRIMARY KEY, unit_id text, status text, title text, version int, state jsonb)`);
  const state = JSON.stringify({ status: 'rectifying', title: '校园北侧消防通道堆放杂物', description: '督导检查发现消防通道堆放杂物，需立即清理并建立巡查制度。', deadline: '2026-02-01T15:59:59.000Z' });
  for (let from = 0; from < rows; from += 100) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let i = from; i < Math.min(from + 100, rows); i++) {
      const n = values.length;
      values.push(`r${i}`, `u-${i % 93}`, 'rectifying', `title ${i}`, 1, state);
      tuples.push(`($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6})`);
    }
    await pool.query(`INSERT INTO bench_raw_insert VALUES ${tuples.join(', ')}`, values);
  }
}
