import { Query } from '@nestjs/cqrs';
import type { ChainVerification, RecordedEvent } from '@app/event-store';
import type { IssueState } from '@app/domain';

export class GetIssueHistoryQuery extends Query<RecordedEvent[]> {
  constructor(readonly issueId: string) {
    super();
  }
}

/** The issue folded from its own stream, optionally only from events recorded up to `asOf`. */
export class GetIssueStateQuery extends Query<IssueState> {
  constructor(
    readonly issueId: string,
    readonly asOf?: string,
  ) {
    super();
  }
}

export class VerifyIssueQuery extends Query<ChainVerification> {
  constructor(readonly issueId: string) {
    super();
  }
}
