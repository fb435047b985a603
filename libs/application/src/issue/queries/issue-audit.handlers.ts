import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { foldIssue, issueStream, type IssueEvent, type IssueState } from '@app/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@app/event-store';
import { notFoundOutOfJurisdiction } from '../../jurisdiction/jurisdiction.guards';
import { covers, type ScopedActor } from '../../jurisdiction/jurisdiction.policy';
import { JurisdictionService } from '../../jurisdiction/jurisdiction.service';
import { NotFoundError } from '../../preconditions';
import { PersonalDataVault } from '../../personal-data/personal-data.vault';
import { verifyWithPersonalData, type StreamVerification } from '../../personal-data/verify-with-personal-data';
import { GetIssueHistoryQuery, GetIssueStateQuery, VerifyIssueQuery } from './issue-audit.queries';

/** Reads an issue's stream for `actor`: a stream outside the actor's jurisdiction is as absent as a missing one. */
async function readExisting(
  store: EventStore,
  jurisdictions: JurisdictionService,
  issueId: string,
  actor: ScopedActor | undefined,
  until?: string,
): Promise<RecordedEvent[]> {
  const notFound = `issue ${issueId} does not exist`;
  // One read when the whole stream is wanted (history latency matters); the first event alone otherwise.
  const whole = until === undefined ? await store.readStream(issueStream(issueId)) : null;
  const [first] = whole ?? (await store.readStream(issueStream(issueId), { toVersion: 1 }));
  // Before its first event an issue has a state ('initial'); an issue that never existed has none.
  if (!first) throw new NotFoundError(notFound);
  if (actor) {
    const { unitId, regionId } = first.data as { unitId?: string; regionId?: string };
    if (!covers(await jurisdictions.resolve(actor), { unitId, regionId })) {
      throw notFoundOutOfJurisdiction(notFound, `read of issue ${issueId} (${unitId}) outside the jurisdiction of ${actor.id}`);
    }
  }
  return whole ?? store.readStream(issueStream(issueId), { until });
}

@QueryHandler(GetIssueHistoryQuery)
export class GetIssueHistoryHandler implements IQueryHandler<GetIssueHistoryQuery, RecordedEvent[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly jurisdictions: JurisdictionService,
    private readonly vault: PersonalDataVault,
  ) {}
  async execute({ issueId, actor }: GetIssueHistoryQuery): Promise<RecordedEvent[]> {
    return this.vault.reveal(await readExisting(this.store, this.jurisdictions, issueId, actor));
  }
}

@QueryHandler(GetIssueStateQuery)
export class GetIssueStateHandler implements IQueryHandler<GetIssueStateQuery, IssueState> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly jurisdictions: JurisdictionService,
    private readonly vault: PersonalDataVault,
  ) {}
  async execute({ issueId, asOf, actor }: GetIssueStateQuery): Promise<IssueState> {
    const events = await this.vault.reveal(await readExisting(this.store, this.jurisdictions, issueId, actor, asOf));
    return foldIssue(events as unknown as IssueEvent[]);
  }
}

@QueryHandler(VerifyIssueQuery)
export class VerifyIssueHandler implements IQueryHandler<VerifyIssueQuery, StreamVerification> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly jurisdictions: JurisdictionService,
    private readonly vault: PersonalDataVault,
  ) {}
  /** The chain as stored (protected values by their commitments), and each readable personal value against it. */
  async execute({ issueId, actor }: VerifyIssueQuery): Promise<StreamVerification> {
    return verifyWithPersonalData(this.vault, issueStream(issueId), await readExisting(this.store, this.jurisdictions, issueId, actor));
  }
}
