import type { DecisionContext } from '../shared/decision-context';
import type { PersonalDataAuditCommand } from './personal-data-audit.commands';
import type { PersonalDataAuditEvent } from './personal-data-audit.events';
import type { PersonalDataAuditState } from './personal-data-audit.state';

/**
 * Erasure is idempotent: a subject erased before yields no event (its key is gone already, or goes again).
 * A migration or a key rotation is recorded as given; the command id keeps a retried record from being written twice.
 */
export function decidePersonalDataAudit(command: PersonalDataAuditCommand, state: PersonalDataAuditState, context: Pick<DecisionContext, 'now' | 'actor'>): PersonalDataAuditEvent[] {
  switch (command.type) {
    case 'ErasePersonalData': {
      if (Object.prototype.hasOwnProperty.call(state.erased, command.subjectRef)) return [];
      const { subjectRef, stream, reason } = command;
      return [{ type: 'PersonalDataErased', data: { subjectRef, stream, reason: reason.trim(), erasedAt: context.now, erasedBy: context.actor.id } }];
    }
    case 'RecordPersonalDataMigration': {
      const { type: _type, ...record } = command;
      return [{ type: 'PersonalDataMigrated', data: { ...record, migratedAt: context.now, migratedBy: context.actor.id } }];
    }
    case 'RecordMasterKeyRotation': {
      const { fromKeyId, toKeyId, keys } = command;
      return [{ type: 'PersonalDataMasterKeyRotated', data: { fromKeyId, toKeyId, keys, rotatedAt: context.now, rotatedBy: context.actor.id } }];
    }
  }
}
