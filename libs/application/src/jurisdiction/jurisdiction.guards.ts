import { DomainError } from '@app/domain';
import { ForbiddenError, NotFoundError } from '../preconditions';
import { authorizeCommand, authorizeUnitCommand, markOutOfJurisdiction, type Jurisdiction, type ScopedActor, type ScopeTarget } from './jurisdiction.policy';

/**
 * Throws the refusal for a command on an existing stream (issue, bulletin). Out of jurisdiction answers exactly
 * like a stream that does not exist (the decider's own NOT_FOUND), so existence does not leak.
 */
export function assertMayCommand(
  actor: ScopedActor,
  jurisdiction: Jurisdiction,
  commandType: string,
  target: (ScopeTarget & { status?: string }) | null,
  notFoundDetail: string,
): void {
  if (!target || target.status === 'initial') return; // the decider answers NOT_FOUND itself
  const result = authorizeCommand(actor, jurisdiction, commandType, target);
  if (result.allowed) return;
  if (result.status === 404) throw markOutOfJurisdiction(new DomainError('NOT_FOUND', notFoundDetail), result.reason);
  throw markOutOfJurisdiction(new ForbiddenError(result.reason), result.reason);
}

/** A command creating something at a registry unit: 403 when the unit lies outside the jurisdiction. */
export function assertMayCommandAtUnit(actor: ScopedActor, jurisdiction: Jurisdiction, commandType: string, unit: ScopeTarget): void {
  const result = authorizeUnitCommand(actor, jurisdiction, commandType, unit);
  if (!result.allowed) throw markOutOfJurisdiction(new ForbiddenError(`unit ${unit.unitId} is outside your jurisdiction`), result.reason);
}

/** A read of one resource outside the jurisdiction: the same 404 as a resource that does not exist. */
export function notFoundOutOfJurisdiction(detail: string, reason: string): NotFoundError {
  return markOutOfJurisdiction(new NotFoundError(detail), reason);
}
