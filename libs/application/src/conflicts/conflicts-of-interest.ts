import type { Actor } from '@app/domain';

/**
 * Who has declared a conflict of interest with which unit (DESIGN §3.5 ConflictDeclared): a conflicted actor may
 * not recheck or look back at that unit (RECHECKER_NOT_INDEPENDENT, decided in the domain). The supervisor
 * streams that record conflicts provide the real look-up; until they exist, nobody has declared one.
 */
export interface ConflictsOfInterest {
  conflictedUnitIds(actor: Actor): Promise<string[]>;
}

export const CONFLICTS_OF_INTEREST = Symbol('CONFLICTS_OF_INTEREST');

export const noConflictsDeclared: ConflictsOfInterest = { conflictedUnitIds: async () => [] };
