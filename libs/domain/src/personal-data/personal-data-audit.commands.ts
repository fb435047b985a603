import type { PersonalDataMigrated } from './personal-data-audit.events';

/** `stream`: where the subject's values live (looked up before deciding). */
export type ErasePersonalData = { type: 'ErasePersonalData'; subjectRef: string; stream: string; reason: string };
export type RecordPersonalDataMigration = { type: 'RecordPersonalDataMigration' } & Omit<PersonalDataMigrated['data'], 'migratedAt' | 'migratedBy'>;

export type RecordMasterKeyRotation = { type: 'RecordMasterKeyRotation'; fromKeyId: string; toKeyId: string; keys: number };

export type PersonalDataAuditCommand = ErasePersonalData | RecordPersonalDataMigration | RecordMasterKeyRotation;
