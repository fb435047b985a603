import { DomainError } from '../shared/domain-error';
import { isInstant, normalizeInstant } from '../shared/instant';
import { addCalendarDays } from './calendar-date';
import { endOfShanghaiDay, shanghaiDate } from './shanghai-time';
import type { WorkdayCalendar } from './workday-calendar';
import { addWorkingDays, nextWorkingDayOnOrAfter } from './working-days';

export type DeadlineRule =
  | { kind: 'explicit'; deadline: string }
  | { kind: 'calendarDays'; days: number }
  | { kind: 'workingDays'; days: number };

/** How a deadline was computed, stored in the event so it can be explained and recomputed. */
export interface DeadlineRuleRecord {
  kind: DeadlineRule['kind'];
  days?: number;
  explicit?: string;
  /** day counts: the version of the years the count spanned; explicit: the published calendar's version */
  calendarVersion: string;
  /** a year the count spanned was not published yet (recorded since the calendar became operated data) */
  provisional?: boolean;
}

export interface ComputedDeadline {
  /** ISO instant UTC, e.g. '2026-10-13T15:59:59.000Z' (= 23:59:59 +08:00) */
  deadline: string;
  deadlineRule: DeadlineRuleRecord;
}

/**
 * Day counts start the day after the order's Shanghai date; the deadline is 23:59:59 +08:00 of the last day.
 * Calendar days ending on a rest day move to the next working day; working days skip rest days as they go.
 * An explicit deadline is taken as given (the decider checks it is in the future and not too far).
 */
export function computeDeadline(orderedAt: string, rule: DeadlineRule, calendar: WorkdayCalendar): ComputedDeadline {
  if (rule.kind === 'explicit') {
    if (!isInstant(rule.deadline)) {
      throw new DomainError('DEADLINE_NOT_IN_FUTURE', `'${rule.deadline}' is not an ISO instant`, [
        { field: 'deadline', message: 'must be an ISO 8601 instant with an offset' },
      ]);
    }
    const deadline = normalizeInstant(rule.deadline);
    return { deadline, deadlineRule: { kind: 'explicit', explicit: deadline, calendarVersion: calendar.version, provisional: false } };
  }
  if (!Number.isInteger(rule.days) || rule.days < 1) {
    throw new DomainError('DEADLINE_NOT_IN_FUTURE', `${rule.kind} must be a whole number ≥ 1, got ${rule.days}`, [
      { field: rule.kind, message: 'must be a whole number ≥ 1' },
    ]);
  }
  const orderDate = shanghaiDate(orderedAt);
  const lastDay =
    rule.kind === 'calendarDays'
      ? nextWorkingDayOnOrAfter(addCalendarDays(orderDate, rule.days), calendar)
      : addWorkingDays(orderDate, rule.days, calendar);
  // The version names exactly the years the count looked at, so publishing another year leaves it as it is.
  const { version, provisional } = calendar.versionOf(addCalendarDays(orderDate, 1), lastDay);
  return {
    deadline: endOfShanghaiDay(lastDay),
    deadlineRule: { kind: rule.kind, days: rule.days, calendarVersion: version, provisional },
  };
}

/**
 * The latest instant a deadline set at `now` may have: the end of the Shanghai day `maxCalendarDays` after today.
 * (A `calendarDays` rule is checked on its count instead, so that moving off a rest day never makes it too far.)
 */
export function latestAllowedDeadline(now: string, maxCalendarDays: number): string {
  return endOfShanghaiDay(addCalendarDays(shanghaiDate(now), maxCalendarDays));
}
