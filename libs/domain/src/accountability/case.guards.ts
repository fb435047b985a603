import type { DecisionContext } from '../shared/decision-context';
import { DomainError, type FieldError } from '../shared/domain-error';
import { measuresFor } from '../issue/accountability-measures';
import type { ActiveCaseState, CaseStage, CaseState } from './case.state';
import type { CaseMeasure, CaseSubject } from './case.types';

export function assertLiveCase(state: CaseState): asserts state is ActiveCaseState {
  if (state.stage === 'initial') throw new DomainError('NOT_FOUND', 'no such accountability case');
  if (state.stage === 'dismissed' || state.stage === 'archived') throw new DomainError('CASE_CLOSED', `case ${state.caseId} is ${state.stage}`);
}

export function assertStage(state: ActiveCaseState, allowed: readonly CaseStage[], action: string): void {
  if (!allowed.includes(state.stage)) throw new DomainError('INVALID_TRANSITION', `cannot ${action} a case that is ${state.stage}`);
}

export function requireText(errors: FieldError[], field: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') errors.push({ field, message: 'required' });
}

/** Measures typed by subject (invariant 7): each names a subject of the case and a measure allowed for its kind. */
export function measureErrors(measures: readonly CaseMeasure[] | undefined, subjects: readonly CaseSubject[], field = 'measures'): FieldError[] {
  const list = Array.isArray(measures) ? measures : [];
  if (list.length === 0) return [{ field, message: 'at least one measure is required' }];
  return list.flatMap((m, i) => {
    const subject = Number.isInteger(m?.subject) ? subjects[m.subject] : undefined;
    if (!subject) return [{ field: `${field}[${i}].subject`, message: `no subject ${String(m?.subject)} in this case` }];
    return measuresFor(subject.kind).includes(m.measure) ? [] : [{ field: `${field}[${i}].measure`, message: `'${m.measure}' is not a measure for a ${subject.kind}` }];
  });
}

export function throwIfAny(errors: FieldError[], code: 'UNKNOWN_MEASURE' | 'DECISION_INCOMPLETE' | 'INVALID_TRANSITION' = 'INVALID_TRANSITION'): void {
  if (errors.length > 0) throw new DomainError(code, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

export const by = (context: DecisionContext) => context.actor.id;
