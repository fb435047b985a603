/** What the audit stream has recorded: the subjects erased (and when), the streams migrated. */
export interface PersonalDataAuditState {
  version: number;
  erased: Readonly<Record<string, string>>;
  migratedStreams: Readonly<Record<string, string>>;
}

export const initialPersonalDataAuditState: PersonalDataAuditState = Object.freeze({ version: 0, erased: {}, migratedStreams: {} });
