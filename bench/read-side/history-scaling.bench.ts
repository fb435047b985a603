import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@app/event-store/postgres';
import type { BenchContext } from '../support/bench-context';
import { benchPort, startServiceProcess, type ServiceProcess } from '../support/service-process';
import { median, percentile, round } from '../support/stats';
import { scratchDatabase } from './read-side-data';

const SMALL = 10_000;
const LARGE = Number(process.env.BENCH_HISTORY_EVENTS ?? 10_000_000);
/** ~20 events per measured issue (and per filler stream), the length of a long loop: reorders, escalations, a look-back. */
const EVENTS_PER_ISSUE = 20;
/** Issues measured in each set; set A is written into the small store, set B while the store grows. */
const MEASURED = 10;
const REQUESTS = 400; // per round
const CONCURRENCY = 4;
const LOADER = 'server-side INSERT … SELECT FROM generate_series, one statement per slice (pg has no COPY FROM STDIN without pg-copy-streams)';

/**
 * GET /api/issues/:id/history p95 for a 20-event issue with LARGE events in the store ÷ with 10,000 (target ≤ 1.5).
 * Measured over HTTP against the built service as its own process (projection worker off: history reads the stream).
 *
 * The same database grows from the small store to the large one. Measured issues are appended with the real
 * PostgresEventStore (real hash chains, checked with GET /verify in both phases), one event per issue between filler
 * slices, so each issue's events lie spread over the log as they would after months of work. Filler streams are
 * `issue-<uuid>` of 20 valid-looking events (metadata with commandId etc.), but their hash/prev_hash are placeholders:
 * sha256(stream ‖ version), linked to each other and to the real genesis hash, not content hashes.
 *
 * This box also runs PostgreSQL, the client and whatever else is running, so a p95 moves with the background load.
 * Besides the before/after comparison, a second database loaded with the same small store is kept, and after the
 * growth rounds alternate between it and the grown store: the headline ratio compares rounds taken side by side.
 */
export async function run(ctx: BenchContext): Promise<void> {
  if (LARGE < SMALL * 2) throw new Error(`BENCH_HISTORY_EVENTS must be at least ${SMALL * 2}`);
  const rounds = Math.max(ctx.repetitions, 5);
  const db = await scratchDatabase(ctx.databaseUrl, 'history');
  const control = await scratchDatabase(ctx.databaseUrl, 'history_small');
  const store = new PostgresEventStore(db.pool);
  const targets: Target[] = [];
  try {
    // Small store: 10,000 events = set A (MEASURED × 20) interleaved with filler; the same again in the control database.
    const setA = Array.from({ length: MEASURED }, () => randomUUID());
    const smallFiller = SMALL - MEASURED * EVENTS_PER_ISSUE;
    let started = Date.now();
    await loadSmall(db.pool, store, setA, smallFiller);
    ctx.log({ bench: 'read-side/history-load', phase: 'small', events: await countEvents(db.pool), seconds: round((Date.now() - started) / 1000, 1), loader: LOADER });
    await loadSmall(control.pool, new PostgresEventStore(control.pool), setA, smallFiller);

    const before = await openTarget(db.url, await benchPort(11));
    targets.push(before);
    const beforeChains = await before.verify(setA);
    const small = await before.measure(setA, rounds);
    ctx.log({ bench: 'read-side/history-p95', events: SMALL, set: 'A', phase: 'before growth', unit: 'ms', ...small, chainsValid: beforeChains });
    await before.stop();
    targets.pop();
    // What the service appended when it started on this store (the calendar years it seeds, say) counts towards LARGE.
    const seeded = (await countEvents(db.pool)) - SMALL;

    // Grow the same database to LARGE: filler in 20 slices, set B's events appended between them.
    let filler = smallFiller;
    const setB = Array.from({ length: MEASURED }, () => randomUUID());
    const largeFiller = LARGE - 2 * MEASURED * EVENTS_PER_ISSUE - smallFiller - seeded;
    started = Date.now();
    const slices: number[] = [];
    for (let version = 1; version <= EVENTS_PER_ISSUE; version++) {
      const to = smallFiller + Math.round((largeFiller * version) / EVENTS_PER_ISSUE);
      const t = Date.now();
      await insertFiller(db.pool, filler, to);
      slices.push((Date.now() - t) / 1000);
      filler = to;
      for (const [n, issueId] of setB.entries()) await appendMeasured(store, issueId, version, n);
    }
    const loadSeconds = (Date.now() - started) / 1000;
    const vacuumStarted = Date.now();
    await db.pool.query('VACUUM ANALYZE es_events'); // autovacuum is off on the bench server; production would have vacuumed
    const vacuumSeconds = (Date.now() - vacuumStarted) / 1000;
    const total = await countEvents(db.pool);
    const size = (await db.pool.query(`SELECT pg_size_pretty(pg_total_relation_size('es_events')) AS s`)).rows[0].s as string;
    ctx.log({
      bench: 'read-side/history-load', phase: 'grow', events: total, added: total - SMALL, seconds: round(loadSeconds, 1),
      eventsPerSecond: Math.round((total - SMALL) / loadSeconds), sliceSecondsMax: round(Math.max(...slices), 1), vacuumAnalyzeSeconds: round(vacuumSeconds, 1),
      tableSize: size, loader: LOADER, fillerHashes: 'placeholder: sha256(stream ‖ version), linked, not content hashes', measuredHashes: 'real (PostgresEventStore.append)',
    });
    if (total !== LARGE) throw new Error(`the store holds ${total} events, expected ${LARGE}`);

    const large = await openTarget(db.url, await benchPort(12));
    targets.push(large);
    const smallSide = await openTarget(control.url, await benchPort(13));
    targets.push(smallSide);
    const chains = (await large.verify(setA)) && (await large.verify(setB)) && (await smallSide.verify(setA));
    const series = { small: [] as Round[], largeA: [] as Round[], largeB: [] as Round[] };
    for (let r = 0; r < rounds; r++) {
      series.small.push(await smallSide.round(setA));
      series.largeA.push(await large.round(setA));
      series.largeB.push(await large.round(setB));
    }
    const [sA, lA, lB] = [summarize(series.small), summarize(series.largeA), summarize(series.largeB)];
    ctx.log({ bench: 'read-side/history-p95', events: SMALL, set: 'A', phase: 'side by side (control database, same small store)', unit: 'ms', ...sA, chainsValid: chains });
    ctx.log({ bench: 'read-side/history-p95', events: LARGE, set: 'A', phase: 'side by side', unit: 'ms', ...lA, chainsValid: chains, note: 'written into the small store' });
    ctx.log({ bench: 'read-side/history-p95', events: LARGE, set: 'B', phase: 'side by side', unit: 'ms', ...lB, chainsValid: chains, note: 'events spread over the grown log' });
    const worst = Math.max(lA.p95, lB.p95);
    ctx.log({
      bench: 'read-side/history-scaling', unit: 'ratio', ratio: round(worst / sA.p95), ratioBeforeAfter: round(worst / small.p95),
      small: SMALL, large: LARGE, eventsPerIssue: EVENTS_PER_ISSUE, target: '<= 1.5',
      measured: 'HTTP GET /api/issues/:id/history, service as a child process; ratio = worse set in the grown store ÷ small store, rounds alternating',
    });
  } finally {
    for (const target of targets) await target.stop().catch(() => undefined);
    await db.drop();
    await control.drop();
  }
}

async function loadSmall(pool: Pool, store: PostgresEventStore, setA: string[], smallFiller: number): Promise<void> {
  let filler = 0;
  for (let version = 1; version <= EVENTS_PER_ISSUE; version++) {
    const to = Math.round((smallFiller * version) / EVENTS_PER_ISSUE);
    await insertFiller(pool, filler, to);
    filler = to;
    for (const [n, issueId] of setA.entries()) await appendMeasured(store, issueId, version, n);
  }
  await pool.query('VACUUM ANALYZE es_events');
}

interface Round { p50: number; p95: number }
interface Target {
  verify(ids: string[]): Promise<boolean>;
  /** 400 requests from 4 concurrent clients over `ids` */
  round(ids: string[]): Promise<Round>;
  /** a warm-up, then `rounds` rounds, summarized */
  measure(ids: string[], rounds: number): Promise<ReturnType<typeof summarize>>;
  stop(): Promise<void>;
}

function summarize(rounds: Round[]) {
  return {
    p50: round(median(rounds.map((r) => r.p50))), p95: round(median(rounds.map((r) => r.p95))), p95Rounds: rounds.map((r) => round(r.p95)),
    requestsPerRound: REQUESTS, concurrency: CONCURRENCY, issues: MEASURED, loadAvg1m: round(loadavg()[0]),
  };
}

/** The service on `url` as its own process, logged in as the auditor, warmed up on first use of each set. */
async function openTarget(url: string, port: number): Promise<Target> {
  const service: ServiceProcess = await startServiceProcess(url, port, { WORKER_IN_PROCESS: 'false' });
  try {
    const login = await fetch(`${service.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'auditor', password: 'demo12345' }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = { authorization: `Bearer ${accessToken}` };
    const get = async (issueId: string) => {
      const t = process.hrtime.bigint();
      const response = await fetch(`${service.url}/api/issues/${issueId}/history`, { headers });
      const body = (await response.json()) as { events: unknown[] };
      if (response.status !== 200 || body.events.length !== EVENTS_PER_ISSUE) throw new Error(`GET history answered ${response.status} with ${body.events?.length} events`);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    const warm = new Set<string>();
    const round1 = async (ids: string[]): Promise<Round> => {
      if (!warm.has(ids[0])) {
        for (let i = 0; i < 50; i++) await get(ids[i % ids.length]);
        warm.add(ids[0]);
      }
      const latencies: number[] = [];
      let next = 0;
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < REQUESTS; i = next++) latencies.push(await get(ids[i % ids.length]));
      }));
      return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
    };
    return {
      async verify(ids) {
        let valid = true;
        for (const id of ids) {
          const answer = (await (await fetch(`${service.url}/api/issues/${id}/verify`, { headers })).json()) as { valid: boolean; events: number };
          valid &&= answer.valid && answer.events === EVENTS_PER_ISSUE;
        }
        if (!valid) throw new Error('a measured issue\'s hash chain does not verify');
        return valid;
      },
      round: round1,
      async measure(ids, rounds) {
        const results: Round[] = [];
        for (let r = 0; r < rounds; r++) results.push(await round1(ids));
        return summarize(results);
      },
      stop: () => service.stop(),
    };
  } catch (error) {
    await service.stop();
    throw error;
  }
}

async function countEvents(pool: Pool): Promise<number> {
  return Number((await pool.query(`SELECT count(*) AS n FROM es_events`)).rows[0].n);
}

const TYPES = [
  'IssueRegistered', 'IssueFedBack', 'RectificationOrdered', 'RectificationDueSoon', 'ExtensionRequested', 'ExtensionDecided',
  'RectificationDueSoon', 'RectificationOverdue', 'ReminderIssued', 'ReminderIssued', 'RectificationReported', 'RecheckConducted',
  'RectificationOrdered', 'RectificationReported', 'RecheckConducted', 'AccountabilityDecided', 'ResultReported', 'IssueClosed',
  'LookBackConducted', 'IssueReopened',
];

/**
 * Filler events with global index g in [from, to): stream floor(g / 20), version g % 20 + 1, so slices continue each
 * other's streams. Stream ids grow with g (time-ordered, like UUIDv7), which keeps the load fast (right-edge index
 * inserts). Pieces of 250,000 rows run on two connections at once (the box has two cores; generation is CPU-bound).
 */
async function insertFiller(pool: Pool, from: number, to: number): Promise<void> {
  const PIECE = 250_000;
  const pieces: [number, number][] = [];
  for (let start = from; start < to; start += PIECE) pieces.push([start, Math.min(start + PIECE, to) - 1]);
  await Promise.all(Array.from({ length: 2 }, async () => {
    for (let piece = pieces.shift(); piece; piece = pieces.shift()) await pool.query(FILLER_SQL, [piece[0], piece[1], TYPES]);
  }));
}

const FILLER_SQL = `
  INSERT INTO es_events (stream, version, type, data, metadata, command_id, recorded_at, hash, prev_hash)
  SELECT s.stream, s.v, ($3::text[])[s.v],
         CASE WHEN s.v = 1 THEN jsonb_build_object('issueId', s.id, 'unitId', 'u-' || lpad(((s.i % 93) + 1)::text, 3, '0'), 'regionId', 'r-demo-county',
                'category', 'safety', 'severity', CASE WHEN s.i % 3 = 0 THEN 'serious' ELSE 'general' END, 'safetyHazard', false,
                'title', '校园北侧消防通道堆放杂物 ' || s.i, 'description', '督导检查发现消防通道堆放杂物，需立即清理并建立巡查制度。',
                'source', jsonb_build_object('kind', 'visit'), 'evidence', '[]'::jsonb, 'foundAt', s.at, 'foundBy', 'user-sup01')
              ELSE jsonb_build_object('orderNo', 1 + (s.v > 12)::int, 'note', '第' || s.v || '步：整改推进情况说明，督学跟进核实。', 'at', s.at) END,
         jsonb_build_object('eventId', md5(s.stream || s.v)::uuid, 'commandId', s.cid, 'correlationId', s.cid, 'causationId', null,
                'actor', jsonb_build_object('id', 'user-sup01', 'role', 'supervisor'), 'recordedAt', s.at),
         s.cid, s.at::timestamptz,
         encode(sha256(convert_to(s.stream || ':' || s.v, 'UTF8')), 'hex'),
         CASE WHEN s.v = 1 THEN encode(sha256(convert_to('stream:' || s.stream, 'UTF8')), 'hex')
              ELSE encode(sha256(convert_to(s.stream || ':' || (s.v - 1), 'UTF8')), 'hex') END
    FROM generate_series($1::bigint, $2::bigint) AS g
   CROSS JOIN LATERAL (SELECT g / 20 AS i, (g % 20 + 1)::int AS v) AS k
   CROSS JOIN LATERAL (SELECT k.i, k.v, u.id, 'issue-' || u.id AS stream, md5(u.id || ':' || k.v)::uuid::text AS cid,
           to_char(timestamptz '2025-01-01T00:00:00Z' + k.i * interval '1 second' + k.v * interval '1 hour', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"') AS at
      FROM (SELECT lpad(to_hex(k.i), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(k.i), 12, '0') AS id) AS u) AS s
   ORDER BY g`;

/** Event `version` of a measured issue, appended with the real store (real hashes), expecting the previous version. */
async function appendMeasured(store: PostgresEventStore, issueId: string, version: number, n: number): Promise<void> {
  const at = new Date(Date.UTC(2026, 0, 5, 2) + version * 3_600_000).toISOString();
  const type = TYPES[version - 1];
  const data =
    version === 1
      ? {
          issueId, unitId: `u-${String((n % 93) + 1).padStart(3, '0')}`, regionId: 'r-demo-county', category: 'safety', severity: 'serious', safetyHazard: true,
          title: `测量用问题 ${n}：消防通道堵塞`, description: '督导检查发现消防通道堆放杂物，需立即清理并建立巡查制度。', source: { kind: 'visit' }, evidence: [],
          foundAt: at, foundBy: 'user-sup01',
        }
      : { orderNo: version > 12 ? 2 : 1, note: `第${version}步：整改推进情况说明，督学跟进核实。`, at };
  const commandId = randomUUID();
  await store.append(`issue-${issueId}`, [{ type, data }], {
    expectedVersion: version - 1,
    metadata: { commandId, commandFingerprint: commandId, correlationId: commandId, causationId: null, actor: { id: 'user-sup01', role: 'supervisor' }, recordedAt: at },
  });
}
