import type { EvaluationConcluded, EvaluationLaunched, EvaluationPublished, IndicatorReviewed, SelfEvaluationSubmitted } from './evaluation.events';

type Launch = EvaluationLaunched['data'];

/** launched → self_evaluated (the government submitted) → concluded (the office's review is final), then its report published. */
export type EvaluationState =
  | { status: 'initial'; version: number }
  | (Launch & { status: 'launched'; version: number; unitId: string; selfEvaluation: null; reviews: Record<string, IndicatorReviewed['data']>; conclusion: null })
  | (Launch & { status: 'self_evaluated'; version: number; unitId: string; selfEvaluation: SelfEvaluationSubmitted['data']; reviews: Record<string, IndicatorReviewed['data']>; conclusion: null })
  | (Launch & { status: 'concluded'; version: number; unitId: string; selfEvaluation: SelfEvaluationSubmitted['data']; reviews: Record<string, IndicatorReviewed['data']>; conclusion: EvaluationConcluded['data']; publication: EvaluationPublished['data'] | null });

export const initialEvaluationState: EvaluationState = Object.freeze({ status: 'initial', version: 0 }) as EvaluationState;
