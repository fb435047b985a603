import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import {
  decidePersonalDataAudit,
  initialPersonalDataAuditState,
  PERSONAL_DATA_AUDIT_STREAM,
  PERSONAL_FIELDS,
  personalValueSites,
  type Actor,
  type MigratedEvent,
} from '@app/domain';
import { verifyChain, type EventMetadata, type RecordedEvent } from '@app/event-store';
import { appendInTransaction, beginAppendingTransaction, readStreamForUpdate, rechainStream, type EventReplacement } from '@app/event-store/postgres/postgres-rechain';
import { isPlainPersonalValue, PersonalDataVault } from './personal-data.vault';

export interface MigrationReport {
  dryRun: boolean;
  /** streams re-chained (in a dry run: that would be, with `head` null) */
  migrated: Array<{ stream: string; values: number; fromVersion: number; toVersion: number; previousHead: string; head: string | null }>;
  /** streams (and events) whose personal values stay in clear, with why */
  notMoved: Array<{ stream: string; versions: number[]; reason: string }>;
}

/**
 * Moves the personal values of events recorded before the vault into it (docs/personal-data.md). A hashed value
 * cannot change without changing its event's hash and every later one, so each affected stream is re-chained —
 * in one transaction with a signed PersonalDataMigrated record on the audit stream naming every old and new hash.
 * The fingerprints of the commands that wrote those events are sealed too (a raw digest of a body naming a person
 * is a guess-tester). PostgreSQL only; run with the api and the worker stopped.
 */
export async function migrateLegacyPersonalData(pool: Pool, vault: PersonalDataVault, options: { actor: Actor; now: () => string; dryRun: boolean; log?: (line: string) => void }): Promise<MigrationReport> {
  const report: MigrationReport = { dryRun: options.dryRun, migrated: [], notMoved: [] };
  const streams = await pool.query<{ stream: string }>(`SELECT DISTINCT stream FROM es_events WHERE type = ANY($1::text[]) ORDER BY stream`, [Object.keys(PERSONAL_FIELDS)]);
  for (const { stream } of streams.rows) {
    const client = await pool.connect();
    try {
      await beginAppendingTransaction(client);
      const events = await readStreamForUpdate(client, stream);
      const plainByVersion = new Map(events.map((e) => [e.version, personalValueSites(e.type, e.data).filter((site) => isPlainPersonalValue(site.value))]));
      const versions = events.filter((e) => plainByVersion.get(e.version)!.length > 0).map((e) => e.version);
      const chain = verifyChain(stream, events);
      if (versions.length === 0 || options.dryRun || !chain.valid) {
        await client.query('ROLLBACK');
        if (versions.length === 0) continue;
        if (!chain.valid) {
          const reason = `the chain is broken at version ${chain.brokenAtVersion}; a broken stream is not re-chained (that would launder the break)`;
          report.notMoved.push({ stream, versions, reason });
          options.log?.(`${stream}: NOT moved — ${reason}`);
        } else {
          report.migrated.push({ stream, values: count(plainByVersion), fromVersion: versions[0], toVersion: events.length, previousHead: events.at(-1)!.hash, head: null });
          options.log?.(`${stream}: would move ${count(plainByVersion)} values of versions ${versions.join(', ')}`);
        }
        continue;
      }
      const replacements = await replacementsFor(vault, stream, events, versions, options.now());
      let rechained;
      try {
        rechained = await rechainStream(client, stream, events, replacements);
      } catch (error) {
        await client.query('ROLLBACK');
        report.notMoved.push({ stream, versions, reason: (error as Error).message });
        options.log?.(`${stream}: NOT moved — ${(error as Error).message}`);
        continue;
      }
      const moved = (version: number) => (plainByVersion.get(version) ?? []).map((site) => ({ path: site.path.join('.'), subjectRef: subjectAt(replacements.get(version)!.data, site.path) }));
      const record = {
        stream, fromVersion: rechained!.fromVersion, toVersion: rechained!.toVersion, previousHead: rechained!.previousHead, head: rechained!.head,
        events: rechained!.events.map((e): MigratedEvent => ({ ...e, moved: moved(e.version) })),
      };
      const now = options.now();
      const audit = decidePersonalDataAudit({ type: 'RecordPersonalDataMigration', ...record, signature: await vault.sign(record) }, initialPersonalDataAuditState, { now, actor: options.actor });
      const commandId = `personal-data-migration:${stream}:${record.previousHead}`;
      await appendInTransaction(client, PERSONAL_DATA_AUDIT_STREAM, audit, { commandId, correlationId: commandId, causationId: null, actor: options.actor, recordedAt: now, eventIds: audit.map(() => randomUUID()) });
      await client.query('COMMIT');
      report.migrated.push({ stream, values: count(plainByVersion), fromVersion: record.fromVersion, toVersion: record.toVersion, previousHead: record.previousHead, head: record.head });
      options.log?.(`${stream}: moved ${count(plainByVersion)} values; re-chained versions ${record.fromVersion}–${record.toVersion}, head ${record.previousHead.slice(0, 12)}… → ${record.head.slice(0, 12)}…`);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return report;
}

/** New data for the events holding plain values; sealed fingerprints for every event of the commands that wrote them. */
async function replacementsFor(vault: PersonalDataVault, stream: string, events: RecordedEvent[], versions: number[], now: string): Promise<Map<number, EventReplacement>> {
  const holders = events.filter((e) => versions.includes(e.version));
  const protectedData = await vault.protect(stream, holders.map((e) => ({ type: e.type, data: e.data })), now);
  const commands = new Set(holders.map((e) => e.metadata.commandId));
  const replacements = new Map<number, EventReplacement>();
  for (const event of events) {
    const index = holders.indexOf(event);
    if (index < 0 && !commands.has(event.metadata.commandId)) continue;
    const fingerprint = event.metadata.commandFingerprint;
    const metadata: EventMetadata = fingerprint === undefined || PersonalDataVault.isSealedFingerprint(fingerprint) ? event.metadata : { ...event.metadata, commandFingerprint: await vault.sealFingerprint(fingerprint) };
    replacements.set(event.version, { data: index < 0 ? event.data : protectedData[index].data, metadata });
  }
  return replacements;
}

function subjectAt(data: unknown, path: readonly (string | number)[]): string {
  const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | null)?.[key], data) as { subject?: string } | undefined;
  return value?.subject ?? '';
}

function count(sites: Map<number, unknown[]>): number {
  return [...sites.values()].reduce((n, list) => n + list.length, 0);
}
