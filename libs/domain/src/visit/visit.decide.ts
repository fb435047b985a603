import { isCalendarDate } from '../calendar/calendar-date';
import { shanghaiDate } from '../calendar/shanghai-time';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import type { VisitCommand } from './visit.commands';
import type { VisitEvent } from './visit.events';
import type { VisitState } from './visit.state';

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
  const { visitId, unitId, regionId, kind, date, notes } = command;
  return [
    {
      type: 'VisitRecorded',
      data: { visitId, unitId, regionId, kind, date, matters, notes, supervisorId: context.actor.id, recordedAt: context.now },
    },
  ];
}
