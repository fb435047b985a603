import { Query } from '@nestjs/cqrs';
import type { RecordedEvent } from '@app/event-store';
import type { IssueState } from '@app/domain';
import type { ScopedActor } from '../../jurisdiction/jurisdiction.policy';
import type { StreamVerification } from '../../personal-data/verify-with-personal-data';

/**
 * `actor` scopes the read: an issue outside the actor's jurisdiction answers 404 like one that does not exist.
 * Without an actor the read is unscoped — for in-process callers only (worker, projections), never for HTTP.
 */
export class GetIssueHistoryQuery extends Query<RecordedEvent[]> {
  constructor(
    readonly issueId: string,
    readonly actor?: ScopedActor,
  ) {
    super();
  }
}

/** The issue folded from its own stream, optionally only from events recorded up to `asOf`. */
export class GetIssueStateQuery extends Query<IssueState> {
  constructor(
    readonly issueId: string,
    readonly asOf?: string,
    readonly actor?: ScopedActor,
  ) {
    super();
  }
}

export class VerifyIssueQuery extends Query<StreamVerification> {
  constructor(
    readonly issueId: string,
    readonly actor?: ScopedActor,
  ) {
    super();
  }
}
