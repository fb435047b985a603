import type { WorkdayCalendar } from '../calendar/workday-calendar';
import type { Actor } from './actor';
import type { Policy } from './policy';

/** Everything a decision needs from outside the stream: no decider reads a clock or a database. */
export interface DecisionContext {
  /** ISO instant, UTC */
  now: string;
  actor: Actor;
  policy: Policy;
  calendar: WorkdayCalendar;
}
