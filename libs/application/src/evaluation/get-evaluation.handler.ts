import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { evaluationStream, foldEvaluation, type EvaluationEvent, type EvaluationState } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { notFoundOutOfJurisdiction } from '../jurisdiction/jurisdiction.guards';
import { covers } from '../jurisdiction/jurisdiction.policy';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { NotFoundError } from '../preconditions';
import { GetEvaluationQuery } from './get-evaluation.query';

@QueryHandler(GetEvaluationQuery)
export class GetEvaluationHandler implements IQueryHandler<GetEvaluationQuery, Exclude<EvaluationState, { status: 'initial' }>> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  async execute({ evaluationId, actor }: GetEvaluationQuery) {
    const notFound = `evaluation ${evaluationId} does not exist`;
    const state = foldEvaluation((await this.store.readStream(evaluationStream(evaluationId))) as unknown as EvaluationEvent[]);
    if (state.status === 'initial') throw new NotFoundError(notFound);
    const onTeam = state.team.includes(actor.id); // the evaluating team reads what it reviews, whatever its jurisdiction
    if (!onTeam && !covers(await this.jurisdictions.resolve(actor), { unitId: state.unitId, regionId: state.regionId })) {
      throw notFoundOutOfJurisdiction(notFound, `read of evaluation ${evaluationId} outside the jurisdiction of ${actor.id}`);
    }
    return state;
  }
}
