import { existsSync, readdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { runMigrations } from '@app/database';
import type { BenchContext } from './support/bench-context';

type Section = { run(ctx: BenchContext): Promise<void> };

/** Every bench module: bench/<group>/*.bench.js, write side first, then the read side. */
function sections(only: string | undefined): { name: string; module: Section }[] {
  const found: { name: string; module: Section }[] = [];
  for (const group of ['write-side', 'read-side']) {
    const dir = join(__dirname, group);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.js')).sort(order)) {
      const name = `${group}/${file.replace(/\.bench\.js$/, '')}`;
      if (!only || name.includes(only)) found.push({ name, module: require(join(dir, file)) as Section });
    }
  }
  return found;
}

// The baseline is measured first: later sections report ratios to it from the same run.
function order(a: string, b: string): number {
  const rank = (f: string) => (f.startsWith('append') ? 0 : f.startsWith('http') ? 2 : 1);
  return rank(a) - rank(b) || a.localeCompare(b);
}

async function main(): Promise<void> {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `sl_bench_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  await runMigrations(databaseUrl, pool);
  await pool.end();
  const log = (record: object) => console.log(JSON.stringify(record));
  const settings = await admin.query(`SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'server_version', 'shared_buffers')`);
  // The machine may be shared: its load average is printed with every section, beside the figures it moved.
  log({ bench: 'machine', cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, postgres: Object.fromEntries(settings.rows.map((r) => [r.name, r.setting])), loadAvg: loadavg().map((l) => Number(l.toFixed(2))) });
  const runStarted = Date.now();
  const ctx: BenchContext = { databaseUrl, log, repetitions: Number(process.env.BENCH_REPS ?? 3), shared: new Map() };
  try {
    for (const section of sections(process.argv[2])) {
      const started = Date.now();
      await section.module.run(ctx);
      log({ bench: 'section-done', section: section.name, seconds: Math.round((Date.now() - started) / 1000), loadAvg: loadavg().map((l) => Number(l.toFixed(2))) });
    }
    log({ bench: 'run-done', seconds: Math.round((Date.now() - runStarted) / 1000) });
  } finally {
    if (!process.env.BENCH_KEEP_DATABASE) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
