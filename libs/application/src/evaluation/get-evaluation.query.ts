import { Query } from '@nestjs/cqrs';
import type { EvaluationState } from '@app/domain';
import type { ScopedActor } from '../jurisdiction/jurisdiction.policy';

/** One evaluation folded from its own stream; scoped by `actor` (404 outside its jurisdiction). */
export class GetEvaluationQuery extends Query<Exclude<EvaluationState, { status: 'initial' }>> {
  constructor(
    readonly evaluationId: string,
    readonly actor: ScopedActor,
  ) {
    super();
  }
}
