/**
 * The yearly publication step from the command line (the same command as PUT /api/calendar/years/:year):
 *
 *   npm run calendar -- list
 *   npm run calendar -- publish docs/calendar-2027.example.json [--dry-run]
 *
 * The file is {year, holidays: [{date, name}], workdays: [{date, name}], source: {title, docNo, publishedOn}}.
 * Uses DATABASE_URL (migrations are applied first). Exit code 0 published (or unchanged), 1 refused (every error
 * printed by field), 2 usage. The actor recorded is cli:<login name> with the admin role.
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { ApplicationModule, CalendarService, ExecuteCalendarCommand, InfrastructureModule } from '@app/application';
import { loadConfig } from '@app/config';
import { createPool, runMigrations } from '@app/database';
import { calendarYearErrors, isDomainError, shanghaiDate, type CalendarYearInput } from '@app/domain';
import { createEventStore } from '../bootstrap/create-event-store';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run calendar -- list | publish <file.json> [--dry-run]`);
  process.exit(2);
}

function readYear(file: string): CalendarYearInput {
  let data: Partial<CalendarYearInput>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CalendarYearInput>;
  } catch (error) {
    usage(`${file} is not a readable JSON file: ${(error as Error).message}`);
  }
  if (!data || typeof data !== 'object' || !Number.isInteger(data.year)) usage(`${file} needs "year": YYYY`);
  return { year: data.year!, holidays: data.holidays ?? [], workdays: data.workdays ?? [], source: data.source as CalendarYearInput['source'] };
}

async function main(): Promise<void> {
  const [verb, file, ...rest] = process.argv.slice(2);
  if (verb !== 'list' && verb !== 'publish') usage(`unknown command ${verb ?? ''}`);
  if (verb === 'publish' && !file) usage('publish needs a file');
  const dryRun = rest.includes('--dry-run');
  const config = loadConfig(process.env);
  if (!config.database.url) usage('set DATABASE_URL');
  const pool = createPool(config.database.url, 2);
  await runMigrations(config.database.url, pool);
  const eventStore = await createEventStore(config, pool);
  const app = await NestFactory.createApplicationContext(
    { module: class CalendarCliModule {}, imports: [InfrastructureModule.forRoot({ config, pool, eventStore }), ApplicationModule] },
    { logger: ['error', 'warn'] },
  );
  let code = 0;
  try {
    await app.init();
    const calendars = app.get(CalendarService);
    if (verb === 'list') {
      const overview = await calendars.overview();
      console.log(`published: ${overview.published ? `${overview.published.first}–${overview.published.last}` : 'none'}  (${overview.version})`);
      for (const y of overview.years) {
        const source = y.status === 'published' ? `${y.source?.docNo} ${y.source?.publishedOn} rev ${y.revision}` : 'provisional (statutory holidays, no make-up days)';
        console.log(`${y.year}  ${y.status.padEnd(11)} ${String(y.holidays.length).padStart(3)} holidays ${String(y.workdays.length).padStart(2)} make-up  ${source}`);
      }
      for (const w of overview.warnings) console.log(`warning: ${w.messageZh} / ${w.message}`);
    } else {
      const input = readYear(file!);
      const errors = calendarYearErrors(input, shanghaiDate(new Date().toISOString()));
      for (const w of calendars.warningsFor(input)) console.log(`warning: ${w.message}`);
      if (dryRun || errors.length) {
        for (const e of errors) console.error(`error: ${e.field}: ${e.message}`);
        console.log(errors.length ? `refused: ${errors.length} error(s), nothing published` : 'valid (dry run: nothing published)');
        code = errors.length ? 1 : 0;
      } else {
        const digest = createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 16);
        const commandId = `calendar-cli:${input.year}:${digest}`;
        const actor = { id: `cli:${userInfo().username}`, role: 'admin' as const };
        const result = await app.get(CommandBus).execute(
          new ExecuteCalendarCommand({ type: 'PublishCalendarYear', ...input }, { commandId, fingerprint: commandId, actor, correlationId: commandId, causationId: null }),
        );
        const { state } = await calendars.refresh();
        console.log(`${input.year}: revision ${state.years[input.year]?.revision} (calendar-cn version ${result.version}${result.replayed ? ', already published' : ''})`);
      }
    }
  } catch (error) {
    if (!isDomainError(error)) throw error;
    for (const e of error.errors ?? []) console.error(`error: ${e.field}: ${e.message}`);
    console.error(`refused: ${error.code} ${error.detail}`);
    code = 1;
  } finally {
    await app.close();
    await eventStore.close();
    await pool.end();
  }
  process.exit(code);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
