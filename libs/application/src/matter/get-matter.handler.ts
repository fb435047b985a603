import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { foldMatter, matterStream, type MatterEvent } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { notFoundOutOfJurisdiction } from '../jurisdiction/jurisdiction.guards';
import { covers } from '../jurisdiction/jurisdiction.policy';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { PersonalDataVault } from '../personal-data/personal-data.vault';
import { NotFoundError } from '../preconditions';
import { GetMatterQuery, type MatterView } from './get-matter.query';
import { matterScope } from './matter-scope';

@QueryHandler(GetMatterQuery)
export class GetMatterHandler implements IQueryHandler<GetMatterQuery, MatterView> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly jurisdictions: JurisdictionService,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute({ matterId, actor }: GetMatterQuery): Promise<MatterView> {
    const notFound = `matter ${matterId} does not exist`;
    const events = await this.vault.reveal(await this.store.readStream(matterStream(matterId)));
    const state = foldMatter(events as unknown as MatterEvent[]);
    const scope = matterScope(state, actor);
    if (state.status === 'initial' || !scope) throw new NotFoundError(notFound);
    if (!covers(await this.jurisdictions.resolve(actor), scope)) throw notFoundOutOfJurisdiction(notFound, `read of matter ${matterId} outside the jurisdiction of ${actor.id}`);
    const history = events.map((e) => ({ version: e.version, type: e.type, data: e.data, actor: { id: e.metadata.actor.id, role: e.metadata.actor.role }, recordedAt: e.metadata.recordedAt }));
    return { state, history };
  }
}
