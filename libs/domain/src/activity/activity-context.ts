import type { DecisionContext } from '../shared/decision-context';

/** What an activity decision needs looked up beforehand (the handler reads it from the supervisor and issue streams). */
export interface ActivityFacts {
  /** per supervisor named in the command (team members): the units they declared a conflict of interest with */
  supervisorConflicts?: Readonly<Record<string, readonly string[]>>;
  /** the registry supervisor the acting user is, when a supervisor */
  actorSupervisorId?: string | null;
  /** per issue named in the command: its unit, the activity it was registered from, whether an order is open */
  issues?: Readonly<Record<string, { unitId: string; activityId: string | null; openOrder: boolean }>>;
}

export type ActivityContext = DecisionContext & ActivityFacts;
