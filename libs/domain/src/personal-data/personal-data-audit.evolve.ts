import type { PersonalDataAuditEvent } from './personal-data-audit.events';
import { initialPersonalDataAuditState, type PersonalDataAuditState } from './personal-data-audit.state';

/** Never throws: an event that does not apply only counts as a version. */
export function evolvePersonalDataAudit(state: PersonalDataAuditState, event: PersonalDataAuditEvent): PersonalDataAuditState {
  const version = state.version + 1;
  if (!event || typeof event !== 'object' || !event.data) return { ...state, version };
  switch (event.type) {
    case 'PersonalDataErased':
      return { ...state, version, erased: { ...state.erased, [event.data.subjectRef]: event.data.erasedAt } };
    case 'PersonalDataMigrated':
      return { ...state, version, migratedStreams: { ...state.migratedStreams, [event.data.stream]: event.data.migratedAt } };
    default:
      return { ...state, version };
  }
}

export function foldPersonalDataAudit(events: readonly PersonalDataAuditEvent[]): PersonalDataAuditState {
  return events.reduce(evolvePersonalDataAudit, initialPersonalDataAuditState);
}
