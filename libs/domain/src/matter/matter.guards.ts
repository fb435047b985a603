import { latestAllowedDeadline } from '../calendar/deadline';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import { instantMillis, isInstant } from '../shared/instant';
import { isBeingHandled, type ActiveMatter, type HandledMatter, type MatterState } from './matter.state';

export function assertMatterExists(state: MatterState): asserts state is ActiveMatter {
  if (state.status === 'initial') throw new DomainError('NOT_FOUND', 'no such matter');
  if (state.status === 'closed') throw new DomainError('MATTER_CLOSED', `matter ${state.number ?? state.matterId} was closed at ${state.closedAt}`);
}

/** Assigned (or sent back) and not yet submitted: the units are handling it. */
export function assertBeingHandled(state: MatterState, action: string): asserts state is HandledMatter & { status: 'assigned' | 'returned' } {
  assertMatterExists(state);
  if (!isBeingHandled(state)) throw invalidTransition(state, action);
}

export function invalidTransition(state: ActiveMatter, action: string): DomainError {
  return new DomainError('INVALID_TRANSITION', `cannot ${action} a matter that is ${state.status}`);
}

/** Only the lead unit (牵头单位) answers for the matter: it asks for extensions and submits the completion. */
export function assertLeadUnit(state: HandledMatter, context: DecisionContext): void {
  if (context.actor.role !== 'unit' || context.actor.unitId !== state.assignment.leadUnitId) {
    throw new DomainError('NOT_LEAD_UNIT', `${context.actor.id} is not of the lead unit ${state.assignment.leadUnitId}`);
  }
}

/** The lead and the assisting units (协办单位) report progress. */
export function assertHandlingUnit(state: HandledMatter, context: DecisionContext): void {
  const { leadUnitId, assistingUnitIds } = state.assignment;
  if (context.actor.role !== 'unit' || !(context.actor.unitId && [leadUnitId, ...assistingUnitIds].includes(context.actor.unitId))) {
    throw new DomainError('NOT_HANDLING_UNIT', `${context.actor.id} is of neither the lead nor an assisting unit`);
  }
}

/** A new due date: an instant after the one in force and after now, at most the policy maximum away. */
export function assertNewDueAt(value: string | undefined, state: HandledMatter, context: DecisionContext, field: string): string {
  if (value === undefined || !isInstant(value)) {
    throw new DomainError('EXTENSION_NOT_ALLOWED', 'an extension needs a concrete new due date', [{ field, message: 'must be an ISO 8601 instant' }]);
  }
  const dueAt = new Date(instantMillis(value)).toISOString();
  if (!(instantMillis(dueAt) > instantMillis(state.assignment.dueAt))) {
    throw new DomainError('EXTENSION_NOT_ALLOWED', `the new due date ${dueAt} is not later than ${state.assignment.dueAt}`, [{ field, message: 'must be later than the due date in force' }]);
  }
  if (!(instantMillis(dueAt) > instantMillis(context.now))) {
    throw new DomainError('DEADLINE_NOT_IN_FUTURE', `the new due date ${dueAt} is not after ${context.now}`, [{ field, message: 'must be in the future' }]);
  }
  const latest = latestAllowedDeadline(context.now, context.policy.maxDeadlineCalendarDays);
  if (instantMillis(dueAt) > instantMillis(latest)) {
    throw new DomainError('DEADLINE_TOO_FAR', `the new due date ${dueAt} is after ${latest}`, [{ field, message: `must be at most ${context.policy.maxDeadlineCalendarDays} calendar days away` }]);
  }
  return dueAt;
}
