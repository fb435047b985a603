import type { WorkdayCalendar } from '../calendar/workday-calendar';
import type { Actor } from './actor';
import type { Policy } from './policy';
import type { UnitFacts } from './unit-facts';

/** Everything a decision needs from outside the stream: no decider reads a clock or a database. */
export interface DecisionContext {
  /** ISO instant, UTC */
  now: string;
  actor: Actor;
  policy: Policy;
  calendar: WorkdayCalendar;
  /**
   * The units the actor has declared a conflict of interest with (DESIGN §3.5 ConflictDeclared): such an actor
   * may not recheck or look back at them. Absent or empty while no conflicts are recorded.
   */
  conflictedUnitIds?: readonly string[];
  /**
   * Registry facts looked up before deciding, keyed by unit id: the units a command names (accountability
   * targets) and the issue's own unit. A unit the registry does not know is simply absent.
   */
  units?: Readonly<Record<string, UnitFacts>>;
}
