import { Client, Pool } from 'pg';
import { runMigrations } from '@app/database';
import { demoRegistryData, seedRegistry } from '@app/registry';

/** A migrated (and demo-registry-seeded) database of its own next to the bench's, dropped by `drop()`. */
export async function scratchDatabase(benchUrl: string, label: string): Promise<{ url: string; pool: Pool; drop(): Promise<void> }> {
  const name = `sl_bench_rs_${label}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: benchUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(benchUrl);
  url.pathname = `/${name}`;
  const pool = new Pool({ connectionString: url.toString(), max: 8 });
  await runMigrations(url.toString(), pool);
  const { data, password } = demoRegistryData();
  await seedRegistry(pool, data, password);
  return {
    url: url.toString(),
    pool,
    async drop() {
      await pool.end();
      const client = new Client({ connectionString: benchUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Loads `issues` issue streams of 3 events each (registered, ordered, overdue) straight into the log with one
 * server-side INSERT … SELECT per chunk (no per-row round trips), in log order. Hashes are placeholders: the
 * read side never verifies chains.
 */
export async function loadIssueLog(pool: Pool, issues: number, firstIssue = 0, chunk = 200_000): Promise<number> {
  for (let from = firstIssue; from < firstIssue + issues; from += chunk) {
    const to = Math.min(from + chunk, firstIssue + issues) - 1;
    await pool.query(
      `INSERT INTO es_events (stream, version, type, data, metadata, command_id, recorded_at, hash, prev_hash)
       SELECT 'issue-' || id, v, t.type,
              CASE v WHEN 1 THEN jsonb_build_object('issueId', id, 'unitId', unit, 'regionId', 'r-demo-county', 'category', 'safety',
                     'severity', CASE WHEN i % 3 = 0 THEN 'serious' ELSE 'general' END, 'safetyHazard', false,
                     'title', '校园北侧消防通道堆放杂物 ' || i, 'description', '督导检查发现消防通道堆放杂物，需立即清理并建立巡查制度。',
                     'source', jsonb_build_object('kind', 'visit'), 'evidence', '[]'::jsonb, 'foundAt', '2026-01-05T02:00:00.000Z', 'foundBy', 'user-sup01')
                     WHEN 2 THEN jsonb_build_object('orderNo', 1, 'requirements', '限期整改', 'deadline', '2026-02-01T15:59:59.000Z',
                     'deadlineRule', jsonb_build_object('kind', 'calendarDays', 'days', 30, 'calendarVersion', 'bench'), 'orderedAt', '2026-01-05T03:00:00.000Z', 'orderedBy', 'user-sup01')
                     ELSE jsonb_build_object('orderNo', 1, 'deadline', '2026-02-01T15:59:59.000Z', 'detectedAt', '2026-02-01T16:00:30.000Z') END,
              jsonb_build_object('eventId', md5(id || v), 'commandId', md5(id || v), 'correlationId', md5(id), 'causationId', null,
                     'actor', jsonb_build_object('id', 'user-sup01', 'role', 'supervisor'), 'recordedAt', '2026-01-05T03:00:00.000Z'),
              md5(id || v), '2026-01-05T03:00:00.000Z', md5(id || v || 'h'), md5(id || v || 'p')
         FROM generate_series($1::int, $2::int) AS i
        CROSS JOIN LATERAL (SELECT md5(i::text)::uuid::text AS id, 'u-' || lpad(((i % 93) + 1)::text, 3, '0') AS unit) AS k
        CROSS JOIN generate_series(1, 3) AS v
        CROSS JOIN LATERAL (SELECT (ARRAY['IssueRegistered', 'RectificationOrdered', 'RectificationOverdue'])[v] AS type) AS t
        ORDER BY i, v`,
      [from, to],
    );
  }
  return issues * 3;
}
