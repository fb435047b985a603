import { loadCnWorkdayCalendar } from '../calendar/cn-workday-calendar.loader';
import type { Actor } from '../shared/actor';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { DEFAULT_POLICY } from '../shared/policy';

/** Given/when/then for any decider: fold the given events, decide the command, look at what came out. */
export interface Decider<C, E, S> {
  decide(command: C, state: S, context: DecisionContext): E[];
  evolve(state: S, event: E): S;
  initialState: S;
}

export interface Outcome<E, S> {
  /** the events decided, or undefined when refused */
  events?: E[];
  /** the refusal, or undefined when accepted */
  error?: DomainError;
  /** the state before the command */
  before: S;
  /** the state after folding the decided events (= before when refused) */
  after: S;
}

export function scenario<C, E, S>(decider: Decider<C, E, S>) {
  return (given: E[] = []) => ({
    when(command: C, context: DecisionContext = testContext()): Outcome<E, S> {
      const before = given.reduce(decider.evolve, decider.initialState);
      try {
        const events = decider.decide(command, before, context);
        return { events, before, after: events.reduce(decider.evolve, before) };
      } catch (error) {
        if (error instanceof DomainError) return { error, before, after: before };
        throw error;
      }
    },
  });
}

/** The code a decision was refused with, or 'ACCEPTED'; specs compare it with the rule they test. */
export function codeOf(outcome: Outcome<unknown, unknown>): string {
  return outcome.error ? outcome.error.code : 'ACCEPTED';
}

export const testCalendar = loadCnWorkdayCalendar();

export const supervisor: Actor = { id: 'sup01', role: 'supervisor', regionId: 'county-a' };
export const unitUser: Actor = { id: 'unit001', role: 'unit', unitId: 'unit-1', regionId: 'county-a' };
export const leader: Actor = { id: 'leader', role: 'leader', regionId: 'county-a' };
export const coordinator: Actor = { id: 'coordinator', role: 'coordinator', regionId: 'county-a' };
export const systemActor: Actor = { id: 'deadline-clock', role: 'system' };

export function testContext(overrides: Partial<DecisionContext> = {}): DecisionContext {
  return { now: '2026-03-02T02:00:00.000Z', actor: supervisor, policy: DEFAULT_POLICY, calendar: testCalendar, ...overrides };
}

/** A context at `now` acting as `actor`. */
export function at(now: string, actor: Actor = supervisor): DecisionContext {
  return testContext({ now, actor });
}
