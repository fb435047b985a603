import type { Actor } from '@app/domain';

/**
 * Who has declared a conflict of interest with which unit (DESIGN §3.5 ConflictDeclared / ConflictWithdrawn): a
 * conflicted supervisor may not recheck or look back at that unit (RECHECKER_NOT_INDEPENDENT) nor join a team
 * visiting it (CONFLICT_OF_INTEREST), both decided in the domain from what this port answers.
 */
export interface ConflictsOfInterest {
  /** the units the acting user (a supervisor's account) has a declared, not withdrawn, conflict with */
  conflictedUnitIds(actor: Actor): Promise<string[]>;
  /** per registry supervisor id: the units of their declared conflicts (absent: none) */
  conflictsOfSupervisors(supervisorIds: readonly string[]): Promise<Record<string, string[]>>;
  /** this process has just recorded something on the supervisor's stream (an implementation that keeps folds drops it) */
  changed?(supervisorId: string): void;
}

export const CONFLICTS_OF_INTEREST = Symbol('CONFLICTS_OF_INTEREST');

export const noConflictsDeclared: ConflictsOfInterest = { conflictedUnitIds: async () => [], conflictsOfSupervisors: async () => ({}) };
