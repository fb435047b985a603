import { endOfShanghaiDay, shanghaiDate } from '../calendar/shanghai-time';
import { workingDaysAfter } from '../calendar/working-days';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { instantMillis, isInstant, normalizeInstant } from '../shared/instant';
import type { MarkLookBackOverdue, MarkRecheckOverdue, ScheduleLookBack } from './issue.commands';
import type { IssueEvent } from './issue.events';
import { assertIssueExists, invalidTransition } from './issue.guards';
import type { IssueState } from './issue.state';

/** 复查 is due this many working days after the rectification report (DESIGN §3.9); later is the office's failure. */
export const RECHECK_DUE_WORKING_DAYS = 10;
/** A major issue is looked back at this many months after closing (DESIGN §3.9). */
export const MAJOR_LOOK_BACK_MONTHS = 3;

/** The end of the Shanghai day `months` calendar months after `instant`'s (clamped to the month's last day). */
export function monthsAfter(instant: string, months: number): string {
  const [y, m, d] = shanghaiDate(instant).split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return endOfShanghaiDay(`${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`);
}

/** Closing a major issue schedules its look-back in the same append. */
export function lookBackOnClosing(state: IssueState, context: DecisionContext): IssueEvent[] {
  if (state.status === 'initial' || state.severity !== 'major') return [];
  return [{ type: 'LookBackScheduled', data: { dueAt: monthsAfter(context.now, MAJOR_LOOK_BACK_MONTHS), reason: 'major_issue', scheduledAt: context.now } }];
}

/** A sampled (or any) look-back on a closed issue; one at a time, so a repeat is a no-op. */
export function decideScheduleLookBack(command: ScheduleLookBack, state: IssueState, context: DecisionContext): IssueEvent[] {
  assertIssueExists(state);
  if (state.status !== 'closed') throw invalidTransition(state, 'schedule a look-back at');
  if (state.pendingLookBack) return [];
  if (!isInstant(command.dueAt)) throw new DomainError('DEADLINE_NOT_IN_FUTURE', `'${command.dueAt}' is not an ISO instant`, [{ field: 'dueAt', message: 'must be an ISO 8601 instant' }]);
  const sample = command.sampleId ? { sampleId: command.sampleId } : {};
  return [{ type: 'LookBackScheduled', data: { dueAt: normalizeInstant(command.dueAt), reason: command.reason, ...sample, scheduledAt: context.now } }];
}

/**
 * Time first (with the rectification overdue): a report unrechecked for more than RECHECK_DUE_WORKING_DAYS, or a
 * scheduled look-back past its due date, is recorded once before any command's own events.
 */
export function officeLatenessDetected(state: IssueState, context: DecisionContext): IssueEvent[] {
  if (state.status === 'awaiting_recheck' && state.currentOrder?.reported && state.currentOrder.reportedAt && !state.currentOrder.recheckOverdueMarked) {
    const { orderNo, reportedAt } = state.currentOrder;
    const dueBy = workingDaysAfter(reportedAt, RECHECK_DUE_WORKING_DAYS, context.calendar);
    if (instantMillis(context.now) > instantMillis(dueBy)) return [{ type: 'RecheckOverdue', data: { orderNo, reportedAt, dueBy, detectedAt: context.now } }];
  }
  if (state.status === 'closed' && state.pendingLookBack && !state.pendingLookBack.overdueMarked && instantMillis(context.now) > instantMillis(state.pendingLookBack.dueAt)) {
    return [{ type: 'LookBackOverdue', data: { dueAt: state.pendingLookBack.dueAt, detectedAt: context.now } }];
  }
  return [];
}

/** The clock's commands: whatever is due was recorded by decideIssue before them; they add nothing themselves. */
export function decideMarkOfficeLateness(_command: MarkRecheckOverdue | MarkLookBackOverdue, state: IssueState): IssueEvent[] {
  assertIssueExists(state);
  return [];
}
