import { endOfShanghaiDay, shanghaiDate } from '../calendar/shanghai-time';
import { workingDaysAfter } from '../calendar/working-days';
import { addCalendarDays } from '../calendar/calendar-date';
import type { WorkdayCalendar } from '../calendar/workday-calendar';
import type { DecisionContext } from '../shared/decision-context';
import { instantMillis } from '../shared/instant';
import type { CaseEvent } from './case.events';
import type { CaseState, RunningClock } from './case.state';
import { CLOCK_RULES, OFFICE_CLOCKS, type StatutoryClock } from './case.types';

/**
 * When a statutory window that starts at `from` ends: the end of its last day in Shanghai, counted on the working-day
 * calendar where the rule says working days (the statement window), on calendar days otherwise. Day 1 is the day after.
 */
export function windowEnd(clock: StatutoryClock, from: string, calendar: WorkdayCalendar): string {
  const { days, working } = CLOCK_RULES[clock];
  return working ? workingDaysAfter(from, days, calendar) : endOfShanghaiDay(addCalendarDays(shanghaiDate(from), days));
}

export const isPast = (dueAt: string, now: string) => instantMillis(now) > instantMillis(dueAt);

export function startClock(clocks: RunningClock[], clock: StatutoryClock, dueAt: string): RunningClock[] {
  return [...clocks.filter((c) => c.clock !== clock), { clock, dueAt, state: 'running' }];
}

export function endClock(clocks: RunningClock[], clock: StatutoryClock): RunningClock[] {
  return clocks.map((c) => (c.clock === clock && c.state === 'running' ? { ...c, state: 'met' } : c));
}

/**
 * Decided from the command's own clock, first thing, for any command on the case (the case clock only makes it
 * happen earlier): every office-side window past its end → StatutoryWindowMissed, once; a statement window past its
 * end without a statement → StatementWaived {window_lapsed}. The clocks never pause, whatever else is pending.
 */
export function windowsMissed(state: CaseState, context: DecisionContext): CaseEvent[] {
  if (state.stage === 'initial' || state.stage === 'dismissed' || state.stage === 'archived') return [];
  const events: CaseEvent[] = [];
  for (const c of state.clocks) {
    if (c.state !== 'running' || !isPast(c.dueAt, context.now)) continue;
    if (OFFICE_CLOCKS.includes(c.clock)) events.push({ type: 'StatutoryWindowMissed', data: { clock: c.clock, dueAt: c.dueAt, detectedAt: context.now } });
    if (c.clock === 'statement' && !state.statement) {
      events.push({ type: 'StatementWaived', data: { reason: 'window_lapsed', waivedAt: context.now, recordedBy: context.actor.id } });
    }
  }
  return events;
}
