import { Inject, Injectable } from '@nestjs/common';
import { foldIssue, hasOpenOrder, issueStream, type IssueEvent } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';

export interface IssueFact {
  unitId: string;
  activityId: string | null;
  openOrder: boolean;
}

/** The facts an opinion decision needs about each listed issue, folded from the issue streams themselves. */
@Injectable()
export class ActivityIssueFacts {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async of(issueIds: readonly string[]): Promise<Record<string, IssueFact>> {
    const facts: Record<string, IssueFact> = {};
    for (const issueId of new Set(issueIds)) {
      const events = await this.store.readStream(issueStream(issueId));
      if (events.length === 0) continue;
      const state = foldIssue(events.map((e) => ({ type: e.type, data: e.data }) as IssueEvent));
      if (state.status === 'initial') continue;
      const source = state.source as { activityId?: string };
      facts[issueId] = { unitId: state.unitId, activityId: source.activityId ?? null, openOrder: hasOpenOrder(state) };
    }
    return facts;
  }
}
