import { isCalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../shared/domain-error';
import type { ActivityContext } from './activity-context';
import { decideClose, decideOpinionLetter, decidePreliminaryOpinion, decidePublish, decideReceiveStatement, decideUnitReport } from './activity-procedure.decide';
import { decideFormTeam, decideMemberSummary, decideRecordSiteVisit, decideSendNotice } from './activity-team.decide';
import type { ActivityCommand, PlanActivity } from './activity.commands';
import type { ActivityEvent } from './activity.events';
import type { ActivityState } from './activity.state';
import { ACTIVITY_KINDS } from './activity.types';

function decidePlan(command: PlanActivity, context: ActivityContext): ActivityEvent[] {
  const matters = [...new Set(command.matters)];
  const unknown = matters.filter((m) => !context.policy.categories.includes(m));
  if (unknown.length || matters.length === 0) throw new DomainError('UNKNOWN_CATEGORY', `matters: ${unknown.join(', ') || 'none given'}`, [{ field: 'matters', message: 'categories only, at least one' }]);
  if (!ACTIVITY_KINDS.includes(command.kind)) throw new DomainError('INVALID_TRANSITION', `unknown kind ${command.kind}`, [{ field: 'kind', message: ACTIVITY_KINDS.join(', ') }]);
  const targetUnitIds = [...new Set(command.targetUnitIds)];
  if (targetUnitIds.length === 0) throw new DomainError('UNIT_NOT_TARGETED', 'an activity targets at least one unit', [{ field: 'targetUnitIds', message: 'at least one' }]);
  if (!isCalendarDate(command.from) || !isCalendarDate(command.to) || command.to < command.from) {
    throw new DomainError('CALENDAR_OUT_OF_RANGE', 'from and to are dates (YYYY-MM-DD), to not before from', [{ field: 'to', message: 'not before from' }]);
  }
  const { activityId, regionId, kind, from, to } = command;
  return [{
    type: 'ActivityPlanned',
    data: { activityId, number: command.number ?? null, regionId, kind, title: command.title.trim(), matters, targetUnitIds, from, to, plannedBy: context.actor.id, plannedAt: context.now },
  }];
}

/** One supervision activity (DESIGN §3.5): plan → team → notice → site visits → opinions → letters → reports → publication → close. */
export function decideActivity(command: ActivityCommand, state: ActivityState, context: ActivityContext): ActivityEvent[] {
  if (command.type === 'PlanActivity') {
    if (state.status !== 'initial') throw new DomainError('ALREADY_EXISTS', `activity ${state.activityId} already exists`);
    return decidePlan(command, context);
  }
  if (state.status === 'initial') throw new DomainError('NOT_FOUND', 'no such activity');
  if (state.status === 'closed') throw new DomainError('ACTIVITY_CLOSED', `activity ${state.number ?? state.activityId} is closed`);
  switch (command.type) {
    case 'FormTeam': return decideFormTeam(command, state, context);
    case 'SendNotice': return decideSendNotice(command, state, context);
    case 'RecordSiteVisit': return decideRecordSiteVisit(command, state, context);
    case 'SubmitMemberSummary': return decideMemberSummary(command, state, context);
    case 'IssuePreliminaryOpinion': return decidePreliminaryOpinion(command, state, context);
    case 'ReceiveStatement': return decideReceiveStatement(command, state, context);
    case 'IssueOpinionLetter': return decideOpinionLetter(command, state, context);
    case 'FinalizeUnitReport': return decideUnitReport(command, state, context);
    case 'PublishActivityReport': return decidePublish(command, state, context);
    case 'CloseActivity': return decideClose(command, state, context);
    default: throw new DomainError('INVALID_TRANSITION', `unknown activity command '${(command as { type?: string }).type}'`);
  }
}
