import type { EvaluationEvent } from './evaluation.events';
import { initialEvaluationState, type EvaluationState } from './evaluation.state';

/** Never throws: an event that does not apply leaves the state as it was (version aside). */
export function evolveEvaluation(state: EvaluationState, event: EvaluationEvent): EvaluationState {
  if (!event || typeof event !== 'object' || !event.data) return state;
  const version = state.version + 1;
  if (event.type === 'EvaluationLaunched') {
    return state.status === 'initial'
      ? { ...event.data, status: 'launched', version, unitId: event.data.subjectUnitId, selfEvaluation: null, reviews: {}, conclusion: null }
      : { ...state, version };
  }
  if (state.status === 'initial') return state;
  switch (event.type) {
    case 'SelfEvaluationSubmitted':
      return state.status === 'launched' ? { ...state, status: 'self_evaluated', version, selfEvaluation: event.data } : { ...state, version };
    case 'IndicatorReviewed':
      return { ...state, version, reviews: { ...state.reviews, [event.data.indicator]: event.data } } as EvaluationState;
    case 'EvaluationConcluded':
      return state.status === 'self_evaluated' ? { ...state, status: 'concluded', version, conclusion: event.data, publication: null } : { ...state, version };
    case 'EvaluationPublished':
      return state.status === 'concluded' ? { ...state, version, publication: event.data } : { ...state, version };
    default:
      return { ...state, version };
  }
}

export function foldEvaluation(events: readonly EvaluationEvent[], from: EvaluationState = initialEvaluationState): EvaluationState {
  return events.reduce(evolveEvaluation, from);
}

export const evaluationStream = (evaluationId: string): string => `evaluation-${evaluationId}`;
