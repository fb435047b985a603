import type { BenchContext } from '../support/bench-context';
import { benchPort, startServiceProcess } from '../support/service-process';
import { percentile, round } from '../support/stats';
import { scratchDatabase } from './read-side-data';

const SMALL = 10_000;
const LARGE = Number(process.env.BENCH_OVERDUE_ISSUES ?? 1_000_000);
const REQUESTS = 400;

/**
 * GET /overdue first page p95 with LARGE issues (10 % overdue) ÷ with 10,000; and the service's RSS under that load.
 * Rows go straight into the overdue read model (server-side INSERT … SELECT), the service runs as its own process.
 */
export async function run(ctx: BenchContext): Promise<void> {
  const results: Record<number, number> = {};
  let rss = 0;
  for (const issues of [SMALL, LARGE]) {
    const db = await scratchDatabase(ctx.databaseUrl, `overdue${issues}`);
    try {
      const started = Date.now();
      await loadOverdueRows(db.pool, issues);
      ctx.log({ bench: 'read-side/load-overdue', issues, overdue: issues / 10, seconds: round((Date.now() - started) / 1000, 1) });
      const service = await startServiceProcess(db.url, await benchPort(issues === SMALL ? 1 : 2), { WORKER_IN_PROCESS: 'false' });
      try {
        const login = await fetch(`${service.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', password: 'demo12345' }) });
        const { accessToken } = (await login.json()) as { accessToken: string };
        const get = async () => {
          const t = process.hrtime.bigint();
          const response = await fetch(`${service.url}/api/overdue?pageSize=20`, { headers: { authorization: `Bearer ${accessToken}` } });
          const body = (await response.json()) as { total: number; items: unknown[] };
          if (response.status !== 200 || body.items.length !== 20) throw new Error(`GET /overdue answered ${response.status}`);
          return Number(process.hrtime.bigint() - t) / 1e6;
        };
        for (let i = 0; i < 50; i++) await get(); // warm-up
        const latencies: number[] = [];
        await Promise.all(Array.from({ length: 4 }, async () => {
          for (let i = 0; i < REQUESTS / 4; i++) latencies.push(await get());
        }));
        rss = Math.max(rss, service.rssMb());
        results[issues] = percentile(latencies, 95);
        ctx.log({ bench: 'read-side/overdue-first-page', issues, unit: 'ms', p50: round(percentile(latencies, 50)), p95: round(results[issues]), requests: latencies.length, concurrency: 4 });
      } finally {
        await service.stop();
      }
    } finally {
      await db.drop();
    }
  }
  ctx.log({ bench: 'read-side/overdue-scaling', unit: 'ratio', ratio: round(results[LARGE] / results[SMALL]), small: SMALL, large: LARGE, target: '<= 1.5' });
  ctx.log({ bench: 'read-side/rss-under-http-load', unit: 'MB', max: Math.round(rss), target: '<= 300', workload: 'GET /overdue, 4 concurrent' });
}

async function loadOverdueRows(pool: import('pg').Pool, issues: number): Promise<void> {
  await pool.query(
    `INSERT INTO overdue_rectifications_g1 (issue_id, unit_id, unit_name, region_id, zone_id, title, severity, status, order_no, deadline,
        due_soon_marked, overdue, reminder_level, accountability_required, accountability_decided, version, state)
     SELECT md5(i::text)::uuid::text, u.id, u.name, u.region_id, u.zone_id, '校园北侧消防通道堆放杂物 ' || i,
            CASE WHEN i % 3 = 0 THEN 'serious' ELSE 'general' END, CASE WHEN i % 10 = 0 THEN 'rectifying' ELSE 'closed' END, 1,
            timestamptz '2026-01-01' + (i % 50000) * interval '1 minute', true, i % 10 = 0, CASE WHEN i % 10 = 0 THEN 'urge' END,
            i % 10 = 0, false, 3, '{}'::jsonb
       FROM generate_series(1, $1::int) AS i
       JOIN registry_units u ON u.code = 'unit' || lpad(((i % 93) + 1)::text, 3, '0')`,
    [issues],
  );
  await pool.query(
    `INSERT INTO overdue_rectification_counts_g1 (unit_id, severity, region_id, zone_id, n)
     SELECT unit_id, severity, region_id, zone_id, count(*) FROM overdue_rectifications_g1 WHERE overdue GROUP BY 1, 2, 3, 4`,
  );
  await pool.query('VACUUM ANALYZE overdue_rectifications_g1');
}
