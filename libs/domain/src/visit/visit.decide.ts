import { isCalendarDate } from '../calendar/calendar-date';
import { shanghaiDate } from '../calendar/shanghai-time';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import type { VisitCommand } from './visit.commands';
import type { VisitEvent } from './visit.events';
import type { VisitState } from './visit.state';
import { MAX_VISIT_DAYS, VISIT_METHODS, type VisitMethod } from './visit.types';

export function decideVisit(command: VisitCommand, state: VisitState, context: DecisionContext): VisitEvent[] {
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
      },
    },
  ];
}
