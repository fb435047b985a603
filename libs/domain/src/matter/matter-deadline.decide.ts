import { workingDaysAfter } from '../calendar/working-days';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { instantMillis } from '../shared/instant';
import type { DecideMatterExtension, IssueMatterReminder, RequestMatterExtension } from './matter.commands';
import type { MatterEvent } from './matter.events';
import { assertBeingHandled, assertLeadUnit, assertNewDueAt } from './matter.guards';
import { isBeingHandled, type MatterState } from './matter.state';
import { matterReminderRank } from './matter.types';

/**
 * Overdue decided from the command's own clock: a matter being handled, past its due date in force, without an
 * extension request pending (asked before the due date: the office's delay is not the unit's) and not recorded
 * yet → MatterOverdue. decideMatter looks before and after every command; the clock only makes it earlier.
 */
export function overdueDetected(state: MatterState, context: DecisionContext): MatterEvent[] {
  if (!isBeingHandled(state) || state.overdue || state.pendingExtension) return [];
  const { dueAt } = state.assignment;
  if (!(instantMillis(context.now) > instantMillis(dueAt))) return [];
  return [{ type: 'MatterOverdue', data: { dueAt, detectedAt: context.now } }];
}

/**
 * 催办 → 督办. A person (the office) may remind at any time while the matter is handled, each time recorded. The
 * clock (system actor) is held to the ladder and is idempotent: urge once overdue, supervise
 * `superviseAfterWorkingDays` working days after the due date, never a level already reached.
 */
export function decideIssueMatterReminder(command: IssueMatterReminder, state: MatterState, context: DecisionContext): MatterEvent[] {
  if (command.level !== 'urge' && command.level !== 'supervise') throw new DomainError('INVALID_TRANSITION', `unknown level '${command.level}'`, [{ field: 'level', message: 'urge or supervise' }]);
  if (context.actor.role === 'system') {
    if (!isBeingHandled(state) || matterReminderRank(state.reminderLevel) >= matterReminderRank(command.level)) return [];
    const dueAt = state.assignment.dueAt;
    const from = command.level === 'urge' ? dueAt : workingDaysAfter(dueAt, context.policy.superviseAfterWorkingDays, context.calendar);
    if (!(instantMillis(context.now) > instantMillis(from))) return [];
  } else {
    assertBeingHandled(state, 'remind');
  }
  const note = command.note === undefined ? {} : { note: command.note };
  return [{ type: 'MatterReminderIssued', data: { level: command.level, ...note, dueAt: state.assignment.dueAt, issuedBy: context.actor.id, issuedAt: context.now } }];
}

/** 延期: asked by the lead unit before the due date, one at a time, at most `maxExtensions` granted. */
export function decideRequestMatterExtension(command: RequestMatterExtension, state: MatterState, context: DecisionContext): MatterEvent[] {
  assertBeingHandled(state, 'extend');
  assertLeadUnit(state, context);
  const { dueAt } = state.assignment;
  if (instantMillis(context.now) > instantMillis(dueAt)) {
    throw new DomainError('EXTENSION_NOT_ALLOWED', `an extension is asked before the due date ${dueAt}`);
  }
  if (state.pendingExtension) throw new DomainError('EXTENSION_NOT_ALLOWED', `an extension asked at ${state.pendingExtension.requestedAt} is still pending`);
  if (state.extensionsGranted >= context.policy.maxExtensions) {
    throw new DomainError('EXTENSION_NOT_ALLOWED', `${state.extensionsGranted} extensions were granted already (at most ${context.policy.maxExtensions})`);
  }
  const proposedDueAt = assertNewDueAt(command.proposedDueAt, state, context, 'proposedDueAt');
  return [
    { type: 'MatterExtensionRequested', data: { proposedDueAt, reason: command.reason, progress: command.progress, dueAt, requestedBy: context.actor.id, requestedAt: context.now } },
  ];
}

/** The office decides a pending request; an approval sets a concrete new due date. */
export function decideDecideMatterExtension(command: DecideMatterExtension, state: MatterState, context: DecisionContext): MatterEvent[] {
  assertBeingHandled(state, 'decide an extension of');
  if (!state.pendingExtension) throw new DomainError('EXTENSION_NOT_ALLOWED', 'no extension request is pending');
  const previousDueAt = state.assignment.dueAt;
  const newDueAt = command.approved ? assertNewDueAt(command.newDueAt ?? state.pendingExtension.proposedDueAt, state, context, 'newDueAt') : null;
  return [
    { type: 'MatterExtensionDecided', data: { approved: command.approved, previousDueAt, newDueAt, note: command.note ?? '', decidedBy: context.actor.id, decidedAt: context.now } },
  ];
}
