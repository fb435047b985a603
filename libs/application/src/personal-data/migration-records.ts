import { PERSONAL_DATA_AUDIT_STREAM, type PersonalDataMigrated } from '@app/domain';
import type { EventStore } from '@app/event-store';
import type { PersonalDataVault } from './personal-data.vault';

export interface MigrationRecordCheck {
  stream: string;
  version: number;
  /** the record is signed with the configured master key's signing key */
  signatureValid: boolean;
  /** the stream still holds the hashes the record says it was re-chained to */
  hashesMatch: boolean;
}

/** Checks every PersonalDataMigrated record: its signature, and that its stream carries the recorded new hashes. */
export async function checkMigrationRecords(store: EventStore, vault: PersonalDataVault): Promise<MigrationRecordCheck[]> {
  const records = (await store.readStream(PERSONAL_DATA_AUDIT_STREAM)).filter((e) => e.type === 'PersonalDataMigrated');
  const checks: MigrationRecordCheck[] = [];
  for (const record of records) {
    const { signature, migratedAt: _at, migratedBy: _by, ...signed } = record.data as PersonalDataMigrated['data'];
    const latest = records.filter((r) => (r.data as PersonalDataMigrated['data']).stream === signed.stream).at(-1) === record;
    const hashes = new Map((await store.readStream(signed.stream, { toVersion: signed.toVersion })).map((e) => [e.version, e.hash]));
    checks.push({
      stream: signed.stream,
      version: record.version,
      signatureValid: (await vault.sign(signed)) === signature,
      hashesMatch: !latest || signed.events.every((e) => hashes.get(e.version) === e.hash),
    });
  }
  return checks;
}
