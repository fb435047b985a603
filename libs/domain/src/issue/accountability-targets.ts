import type { DecisionContext } from '../shared/decision-context';
import { DomainError, type FieldError } from '../shared/domain-error';
import type { ActiveIssueState } from './issue.state';
import type { AccountabilityTarget } from './issue.types';

/**
 * ACCOUNTABILITY_TARGET_INVALID: every target — a unit, or a person named with the unit they belong to — must
 * name a unit the registry knows (context.units, looked up by the handler), inside the deciding leader's
 * jurisdiction, that is the issue's own unit or one of its superior departments (连带责任). Without the
 * look-ups nothing can be vouched for, so nothing passes.
 */
export function assertAccountabilityTargets(targets: readonly AccountabilityTarget[], state: ActiveIssueState, context: DecisionContext): void {
  const errors = targets.flatMap((target, index) => targetErrors(target, `targets[${index}].unitId`, state, context));
  if (errors.length > 0) {
    throw new DomainError('ACCOUNTABILITY_TARGET_INVALID', errors.map((error) => error.message).join('; '), errors);
  }
}

function targetErrors(target: AccountabilityTarget, field: string, state: ActiveIssueState, context: DecisionContext): FieldError[] {
  const unitId = target.unitId;
  if (typeof unitId !== 'string' || unitId === '') {
    return [{ field, message: `a ${target.kind} target must name ${target.kind === 'person' ? 'the unit the person belongs to' : 'its unit'}` }];
  }
  const facts = context.units?.[unitId];
  if (!facts) return [{ field, message: `unit '${unitId}' is not in the registry` }];
  if (!facts.inActorJurisdiction) return [{ field, message: `unit '${unitId}' is outside the jurisdiction of ${context.actor.id}` }];
  const superiors = context.units?.[state.unitId]?.superiorUnitIds ?? [];
  if (unitId !== state.unitId && !superiors.includes(unitId)) {
    return [{ field, message: `unit '${unitId}' is neither the issue's unit '${state.unitId}' nor its superior department` }];
  }
  return [];
}
