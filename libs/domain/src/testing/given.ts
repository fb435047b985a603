import { loadCnWorkdayCalendar } from '../calendar/cn-workday-calendar.loader';
import type { Actor } from '../shared/actor';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { DEFAULT_POLICY } from '../shared/policy';
import type { UnitFacts } from '../shared/unit-facts';

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

/**
 * The registry as the handlers would look it up for the test leader: unit-1 (the issues' unit) under its
 * superior department bureau-1, a neighbour unit-2 in the same county, and unit-b of another county.
 */
export const testUnits: Record<string, UnitFacts> = {
  'unit-1': { unitId: 'unit-1', name: '第一小学', regionId: 'county-a', superiorUnitIds: ['bureau-1'], inActorJurisdiction: true },
  'bureau-1': { unitId: 'bureau-1', name: '甲县教育局', regionId: 'county-a', superiorUnitIds: [], inActorJurisdiction: true },
  'unit-2': { unitId: 'unit-2', name: '第二小学', regionId: 'county-a', superiorUnitIds: ['bureau-1'], inActorJurisdiction: true },
  'unit-b': { unitId: 'unit-b', name: '乙县小学', regionId: 'county-b', superiorUnitIds: ['bureau-b'], inActorJurisdiction: false },
};

export function testContext(overrides: Partial<DecisionContext> = {}): DecisionContext {
  return { now: '2026-03-02T02:00:00.000Z', actor: supervisor, policy: DEFAULT_POLICY, calendar: testCalendar, units: testUnits, ...overrides };
}

/** A context at `now` acting as `actor`. */
export function at(now: string, actor: Actor = supervisor): DecisionContext {
  return testContext({ now, actor });
}
