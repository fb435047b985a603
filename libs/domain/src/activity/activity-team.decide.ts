import { shanghaiDate } from '../calendar/shanghai-time';
import { DomainError } from '../shared/domain-error';
import { VISIT_METHODS } from '../visit/visit.types';
import type { ActivityContext } from './activity-context';
import type { FormTeam, RecordSiteVisit, SendNotice, SubmitMemberSummary } from './activity.commands';
import type { ActivityEvent } from './activity.events';
import type { ExistingActivity } from './activity.state';
import { isFormalActivity, MIN_FORMAL_TEAM } from './activity.types';
import type { VisitMethod } from '../visit/visit.types';

/** 条例 arts. 10, 16: the team — large enough for special/comprehensive supervision, nobody with a conflict. */
export function decideFormTeam(command: FormTeam, state: ExistingActivity, context: ActivityContext): ActivityEvent[] {
  if (Object.values(state.units).some((u) => u.visits.length > 0)) throw new DomainError('INVALID_TRANSITION', 'the team cannot change after the first site visit');
  const ids = [...new Set(command.members.map((m) => m.supervisorId))];
  if (!ids.includes(command.leaderId)) throw new DomainError('NOT_A_TEAM_MEMBER', `the leader ${command.leaderId} must be a member`, [{ field: 'leaderId', message: 'must be one of the members' }]);
  const minimum = isFormalActivity(state.kind) ? MIN_FORMAL_TEAM : 1;
  if (ids.length < minimum) throw new DomainError('TEAM_TOO_SMALL', `a ${state.kind} activity needs at least ${minimum} supervisors, got ${ids.length}`, [{ field: 'members', message: `at least ${minimum}` }]);
  for (const id of ids) {
    const conflicted = (context.supervisorConflicts?.[id] ?? []).filter((unitId) => state.targetUnitIds.includes(unitId));
    if (conflicted.length) throw new DomainError('CONFLICT_OF_INTEREST', `${id} declared a conflict of interest with ${conflicted.join(', ')}`, [{ field: 'members', message: `${id} must recuse` }]);
  }
  const members = ids.map((supervisorId) => {
    const matters = [...new Set(command.members.filter((m) => m.supervisorId === supervisorId).flatMap((m) => m.matters ?? []))];
    const unknown = matters.filter((m) => !state.matters.includes(m));
    if (unknown.length) throw new DomainError('UNKNOWN_CATEGORY', `${unknown.join(', ')} not among the activity's matters`, [{ field: 'members', message: 'matters of the activity only' }]);
    return { supervisorId, matters };
  });
  return [{ type: 'TeamFormed', data: { leaderId: command.leaderId, members, formedBy: context.actor.id, formedAt: context.now } }];
}

/** 条例 art. 17: written notice before the first site visit (required for special/comprehensive supervision). */
export function decideSendNotice(command: SendNotice, state: ExistingActivity, context: ActivityContext): ActivityEvent[] {
  if (!state.team) throw new DomainError('TEAM_REQUIRED', 'form the team before sending the notice');
  if (state.notice) throw new DomainError('INVALID_TRANSITION', 'the notice was sent already');
  if (Object.values(state.units).some((u) => u.visits.length > 0)) throw new DomainError('INVALID_TRANSITION', 'a notice comes before the first site visit');
  const content = command.content.trim();
  if (!content) throw new DomainError('INVALID_TRANSITION', 'the notice needs its written content', [{ field: 'content', message: 'required' }]);
  return [{ type: 'NoticeSent', data: { noticeNumber: command.noticeNumber ?? null, content, sentBy: context.actor.id, sentAt: context.now } }];
}

export function decideRecordSiteVisit(command: RecordSiteVisit, state: ExistingActivity, context: ActivityContext): ActivityEvent[] {
  if (!state.team) throw new DomainError('TEAM_REQUIRED', 'form the team before visiting');
  if (!state.targetUnitIds.includes(command.unitId)) throw new DomainError('UNIT_NOT_TARGETED', `${command.unitId} is not a target of this activity`);
  if (isFormalActivity(state.kind) && !state.notice) throw new DomainError('NOTICE_REQUIRED', 'a written notice must be sent before the first site visit');
  const today = shanghaiDate(context.now);
  if (command.date > today) throw new DomainError('VISIT_DATE_IN_FUTURE', `the visit date ${command.date} is after today (${today})`, [{ field: 'date', message: `not after ${today}` }]);
  if (state.notice && command.date < shanghaiDate(state.notice.sentAt)) throw new DomainError('NOTICE_REQUIRED', 'the site visit is dated before the notice was sent');
  const methods = [...new Set(command.methods ?? [])];
  if (methods.some((m) => !(VISIT_METHODS as readonly string[]).includes(m))) throw new DomainError('VISIT_RECORD_INVALID', 'unknown visit method', [{ field: 'methods', message: 'flow items only' }]);
  const memberIds = state.team.members.map((m) => m.supervisorId);
  const findings = (command.findings ?? []).map((f) => ({ supervisorId: f.supervisorId, matter: f.matter, highlights: (f.highlights ?? '').trim(), problems: (f.problems ?? '').trim(), suggestions: (f.suggestions ?? '').trim() }));
  const stranger = findings.find((f) => !memberIds.includes(f.supervisorId));
  if (stranger) throw new DomainError('NOT_A_TEAM_MEMBER', `${stranger.supervisorId} is not on the team`, [{ field: 'findings', message: 'team members only' }]);
  const offMatter = findings.find((f) => !state.matters.includes(f.matter));
  if (offMatter) throw new DomainError('UNKNOWN_CATEGORY', `${offMatter.matter} is not a matter of this activity`, [{ field: 'findings', message: 'matters of the activity only' }]);
  const ordered = VISIT_METHODS.filter((m) => methods.includes(m)) as VisitMethod[];
  return [{ type: 'SiteVisited', data: { unitId: command.unitId, date: command.date, methods: ordered, findings, recordedBy: context.actor.id, recordedAt: context.now } }];
}

/** Each member's 评估小结: only a member, for themselves (a coordinator may file it for them). */
export function decideMemberSummary(command: SubmitMemberSummary, state: ExistingActivity, context: ActivityContext): ActivityEvent[] {
  if (!state.team?.members.some((m) => m.supervisorId === command.supervisorId)) throw new DomainError('NOT_A_TEAM_MEMBER', `${command.supervisorId} is not on the team`);
  if (context.actor.role === 'supervisor' && context.actorSupervisorId !== command.supervisorId) throw new DomainError('NOT_A_TEAM_MEMBER', 'a member submits their own summary');
  return [{
    type: 'MemberSummarySubmitted',
    data: { supervisorId: command.supervisorId, highlights: command.highlights.trim(), problemsAndSuggestions: command.problemsAndSuggestions.trim(), submittedBy: context.actor.id, submittedAt: context.now },
  }];
}
