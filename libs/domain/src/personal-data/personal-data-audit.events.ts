/** The stream that records what was done to personal data: erasures and the move of old events into the vault. */
export const PERSONAL_DATA_AUDIT_STREAM = 'personal-data-audit';

/** A subject's key was destroyed: every value of that subject now reads `[已删除]`. */
export type PersonalDataErased = {
  type: 'PersonalDataErased';
  data: { subjectRef: string; stream: string; reason: string; erasedAt: string; erasedBy: string };
};

/** One rewritten event of a migrated stream: its hash before and after, and which values moved to which subject. */
export interface MigratedEvent {
  version: number;
  previousHash: string;
  hash: string;
  moved: Array<{ path: string; subjectRef: string }>;
}

/**
 * Events recorded before the vault had their personal values moved into it. Moving a hashed value changes the hash
 * of that event and of every later one in its stream: this event is the signed record of exactly that re-chaining
 * (docs/personal-data.md), so a hash printed before the migration can still be traced.
 */
export type PersonalDataMigrated = {
  type: 'PersonalDataMigrated';
  data: {
    stream: string;
    fromVersion: number;
    toVersion: number;
    previousHead: string;
    head: string;
    events: MigratedEvent[];
    /** HMAC-SHA256 over the canonical JSON of everything above, with the vault's signing key (wrapped by the master key) */
    signature: string;
    migratedAt: string;
    migratedBy: string;
  };
};

/** Every wrapped key was re-wrapped under a new master key; the old one can be destroyed (and with it old backups' keys). */
export type PersonalDataMasterKeyRotated = {
  type: 'PersonalDataMasterKeyRotated';
  data: { fromKeyId: string; toKeyId: string; keys: number; rotatedAt: string; rotatedBy: string };
};

export type PersonalDataAuditEvent = PersonalDataErased | PersonalDataMigrated | PersonalDataMasterKeyRotated;
export const PERSONAL_DATA_AUDIT_EVENT_TYPES: readonly PersonalDataAuditEvent['type'][] = ['PersonalDataErased', 'PersonalDataMigrated', 'PersonalDataMasterKeyRotated'];
