import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { foldIssue, issueStream, type IssueEvent, type IssueState } from '@app/domain';
import { EVENT_STORE, verifyChain, type ChainVerification, type EventStore, type RecordedEvent } from '@app/event-store';
import { NotFoundError } from '../../preconditions';
import { GetIssueHistoryQuery, GetIssueStateQuery, VerifyIssueQuery } from './issue-audit.queries';

async function readExisting(store: EventStore, issueId: string, until?: string): Promise<RecordedEvent[]> {
  const events = await store.readStream(issueStream(issueId), { until });
  if (events.length > 0) return events;
  // Before its first event an issue has a state ('initial'); an issue that never existed has none.
  const exists = until !== undefined && (await store.readStream(issueStream(issueId), { toVersion: 1 })).length > 0;
  if (!exists) throw new NotFoundError(`issue ${issueId} does not exist`);
  return events;
}

@QueryHandler(GetIssueHistoryQuery)
export class GetIssueHistoryHandler implements IQueryHandler<GetIssueHistoryQuery, RecordedEvent[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  execute({ issueId }: GetIssueHistoryQuery): Promise<RecordedEvent[]> {
    return readExisting(this.store, issueId);
  }
}

@QueryHandler(GetIssueStateQuery)
export class GetIssueStateHandler implements IQueryHandler<GetIssueStateQuery, IssueState> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async execute({ issueId, asOf }: GetIssueStateQuery): Promise<IssueState> {
    const events = await readExisting(this.store, issueId, asOf);
    return foldIssue(events as unknown as IssueEvent[]);
  }
}

@QueryHandler(VerifyIssueQuery)
export class VerifyIssueHandler implements IQueryHandler<VerifyIssueQuery, ChainVerification> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async execute({ issueId }: VerifyIssueQuery): Promise<ChainVerification> {
    return verifyChain(issueStream(issueId), await readExisting(this.store, issueId));
  }
}
