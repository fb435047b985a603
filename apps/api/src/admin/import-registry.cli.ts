/**
 * Registry import from the command line (the same validation and all-or-nothing transaction as
 * POST /api/admin/registry/import, without the HTTP body limit):
 *
 *   node dist/apps/api/src/admin/import-registry.cli.js --json registry.json [--dry-run]
 *   node dist/apps/api/src/admin/import-registry.cli.js --csv units=units.csv --csv users=users.csv [--dry-run]
 *   node dist/apps/api/src/admin/import-registry.cli.js --csv-dir ./registry      (regions.csv, zones.csv, units.csv, …)
 *
 * Uses DATABASE_URL (migrations are applied first). Exit code 0 imported, 1 refused (every error printed), 2 usage.
 */
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { createPool, runMigrations } from '@app/database';
import { importRegistry, REGISTRY_SECTIONS, RegistryImportError, type RegistryImportInput } from '@app/registry';

function usage(message: string): never {
  console.error(`${message}\nusage: import-registry --json <file> | --csv <section>=<file> … | --csv-dir <dir>  [--dry-run]`);
  process.exit(2);
}

export function parseArguments(argv: string[]): { input: RegistryImportInput; dryRun: boolean } {
  let json: string | null = null;
  const csv: Record<string, string> = {};
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--json') json = argv[++i] ?? usage('--json needs a file');
    else if (arg === '--csv') {
      const [section, file] = (argv[++i] ?? '').split('=');
      if (!section || !file) usage('--csv needs <section>=<file>');
      csv[section] = readFileSync(file, 'utf8');
    } else if (arg === '--csv-dir') {
      const dir = argv[++i] ?? usage('--csv-dir needs a directory');
      for (const section of REGISTRY_SECTIONS) {
        const file = join(dir, `${section}.csv`);
        if (existsSync(file)) csv[section] = readFileSync(file, 'utf8');
      }
    } else usage(`unknown argument ${arg}`);
  }
  if (json !== null && Object.keys(csv).length) usage('give JSON or CSV, not both');
  if (json !== null) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(json, 'utf8'));
    } catch (error) {
      usage(`${json} is not valid JSON: ${(error as Error).message}`);
    }
    return { input: { format: 'json', data }, dryRun };
  }
  if (!Object.keys(csv).length) usage('nothing to import');
  return { input: { format: 'csv', files: csv }, dryRun };
}

async function main(): Promise<void> {
  const { input, dryRun } = parseArguments(process.argv.slice(2));
  const config = loadConfig(process.env);
  if (!config.database.url) usage('set DATABASE_URL');
  const pool = createPool(config.database.url, 2);
  try {
    await runMigrations(config.database.url, pool);
    const summary = await importRegistry(pool, input, { dryRun });
    console.log(`${dryRun ? 'valid (dry run, nothing written)' : 'imported'}: ${JSON.stringify(summary.counts)}`);
  } catch (error) {
    if (!(error instanceof RegistryImportError)) throw error;
    console.error(`refused, nothing imported — ${error.errors.length} error(s):`);
    for (const e of error.errors) console.error(`  ${e.file}${e.row !== null ? ` row ${e.row}` : ''}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
    process.exitCode = 1;
  } finally {
    await pool.end();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
