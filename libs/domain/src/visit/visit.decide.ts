import { isCalendarDate } from '../calendar/calendar-date';
import { endOfShanghaiDay, shanghaiDate } from '../calendar/shanghai-time';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { instantMillis } from '../shared/instant';
import type { VisitCommand } from './visit.commands';
import type { VisitEvent } from './visit.events';
import type { VisitState } from './visit.state';
import { MAX_VISIT_DAYS, VISIT_METHODS, VISIT_REPORT_WORKING_DAYS, type VisitMethod } from './visit.types';
import type { SubmitVisitReport } from './visit.commands';

export function decideVisit(command: VisitCommand, state: VisitState, context: DecisionContext): VisitEvent[] {
  if (command.type === 'SubmitVisitReport') return decideVisitReport(command, state, context);
  if (command.type === 'MarkVisitReportOverdue') return decideReportOverdue(state, context);
  if (command.type !== 'RecordVisit') {
    throw new DomainError('INVALID_TRANSITION', `unknown visit command '${(command as { type?: string }).type}'`);
  }
  if (state.status !== 'initial') throw new DomainError('ALREADY_EXISTS', `visit ${state.visitId} already exists`);
  const matters = [...new Set(command.matters ?? [])];
  const unknown = matters.filter((matter) => !context.policy.categories.includes(matter));
  if (unknown.length > 0) {
    throw new DomainError(
      'UNKNOWN_CATEGORY',
      `unknown matter(s): ${unknown.join(', ')}`,
      unknown.map((matter) => ({ field: 'matters', message: `'${matter}' is not a category` })),
    );
  }
  if (!isCalendarDate(command.date)) {
    throw new DomainError('CALENDAR_OUT_OF_RANGE', `'${command.date}' is not a calendar date (YYYY-MM-DD)`, [{ field: 'date', message: 'must be YYYY-MM-DD' }]);
  }
  const today = shanghaiDate(context.now);
  if (command.date > today) {
    throw new DomainError('VISIT_DATE_IN_FUTURE', `the visit date ${command.date} is after today (${today}, Asia/Shanghai)`, [{ field: 'date', message: `must not be after ${today}` }]);
  }
  const methods = [...new Set(command.methods ?? [])];
  const unknownMethods = methods.filter((method) => !(VISIT_METHODS as readonly string[]).includes(method));
  if (unknownMethods.length > 0) {
    throw new DomainError('VISIT_RECORD_INVALID', `unknown method(s): ${unknownMethods.join(', ')}`, unknownMethods.map((m) => ({ field: 'methods', message: `'${m}' is not a visit method` })));
  }
  const durationDays = command.durationDays ?? 1;
  if (!(durationDays > 0 && durationDays <= MAX_VISIT_DAYS && Number.isInteger(durationDays * 2))) {
    throw new DomainError('VISIT_RECORD_INVALID', `a visit lasts half a day to ${MAX_VISIT_DAYS} days, in halves`, [{ field: 'durationDays', message: `0.5 to ${MAX_VISIT_DAYS}, in halves` }]);
  }
  const { visitId, unitId, regionId, kind, date, notes } = command;
  const text = (value: string | undefined) => (value ?? '').trim();
  return [
    {
      type: 'VisitRecorded',
      data: {
        visitId, unitId, regionId, kind, date, matters, notes, supervisorId: context.actor.id, recordedAt: context.now,
        methods: VISIT_METHODS.filter((m): m is VisitMethod => methods.includes(m)),
        durationDays,
        onSiteFeedback: text(command.onSiteFeedback),
        highlights: text(command.highlights),
        problems: text(command.problems),
        suggestions: text(command.suggestions),
        reportDueAt: endOfShanghaiDay(context.calendar.addWorkingDays(date, VISIT_REPORT_WORKING_DAYS)),
      },
    },
  ];
}

/** The visit's own supervisor reports on it once; a report after the due time is recorded as late. */
function decideVisitReport(command: SubmitVisitReport, state: VisitState, context: DecisionContext): VisitEvent[] {
  if (state.status === 'initial') throw new DomainError('NOT_FOUND', 'no such visit');
  if (state.supervisorId !== context.actor.id) throw new DomainError('INVALID_TRANSITION', 'the visit report is submitted by the supervisor who visited');
  if (state.report) throw new DomainError('ALREADY_EXISTS', 'the visit report was submitted already');
  const report = command.report.trim();
  if (!report) throw new DomainError('VISIT_RECORD_INVALID', 'the report is empty', [{ field: 'report', message: 'required' }]);
  const dueAt = state.reportDueAt ?? null;
  return [{ type: 'VisitReportSubmitted', data: { visitId: state.visitId, report, submittedBy: context.actor.id, submittedAt: context.now, dueAt, late: dueAt !== null && instantMillis(context.now) > instantMillis(dueAt) } }];
}

/** The clock's mark, once, when the report is past due and missing; otherwise nothing (a late scan changes nothing). */
function decideReportOverdue(state: VisitState, context: DecisionContext): VisitEvent[] {
  if (state.status === 'initial') throw new DomainError('NOT_FOUND', 'no such visit');
  if (state.report || state.reportOverdueMarked || !state.reportDueAt || instantMillis(context.now) <= instantMillis(state.reportDueAt)) return [];
  const { visitId, unitId, regionId, supervisorId, reportDueAt } = state;
  return [{ type: 'VisitReportOverdue', data: { visitId, unitId, regionId, supervisorId, dueAt: reportDueAt, detectedAt: context.now } }];
}
