import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ExecuteIssueCommand } from '@app/application';
import { DomainError, upcastBulletinEvent, type BulletinPublished } from '@app/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@app/event-store';
import { CheckpointStore } from '../checkpoints/checkpoint.store';
import { CheckpointedSubscriber } from '../checkpoints/checkpointed-subscriber';

const NAME = 'bulletin-results';

/**
 * 有结果必通报: when a bulletin is published, append ResultReported to every issue it lists, with the issue version
 * the bulletin's snapshot saw — so a report delivered late (this manager lagging, or the worker down) still
 * covers only what the bulletin published, never a recheck that came after it.
 * Driven by the event-store subscription (durable, resumes from its checkpoint after a restart); each issue
 * command has a deterministic id, so a redelivered event appends nothing twice.
 */
@Injectable()
export class BulletinResultsProcessManager extends CheckpointedSubscriber {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly commands: CommandBus,
    checkpoints: CheckpointStore,
  ) {
    super(NAME, ['bulletin-'], store, checkpoints);
  }

  protected async react(event: RecordedEvent): Promise<void> {
    if (event.type === 'BulletinPublished') await this.reportResults(event as RecordedEvent<'BulletinPublished', BulletinPublished['data']>);
  }

  /** Also called by the demo history, inside its simulated time, with the same command ids (so nothing lands twice). */
  async reportResults(recorded: RecordedEvent<'BulletinPublished', BulletinPublished['data']>): Promise<void> {
    const { bulletinId, scope, issueIds, items, publishedAt } = (upcastBulletinEvent(recorded as unknown as BulletinPublished) as BulletinPublished).data;
    // What each issue's report covers is what the bulletin saw: its snapshot's version (unknown before snapshots).
    const seen = new Map((items ?? []).map((item) => [item.issueId, item.issueVersion]));
    for (const issueId of issueIds) {
      const report = { type: 'ReportResult' as const, bulletinId, scope, publishedAt, reportedVersion: seen.get(issueId) ?? null };
      const envelope = {
        commandId: `bulletin-result:${bulletinId}:${issueId}`,
        // unchanged since before snapshots, so a redelivered old bulletin still replays instead of conflicting
        fingerprint: `${bulletinId}:${scope}`,
        actor: { id: 'system:bulletin-results', role: 'system' as const },
        correlationId: recorded.metadata.correlationId,
        causationId: recorded.metadata.eventId,
      };
      try {
        await this.commands.execute(new ExecuteIssueCommand(issueId, report, envelope));
      } catch (error) {
        // An issue that cannot take the result (withdrawn, say) must not stall every later bulletin.
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`issue ${issueId} refused the result of bulletin ${bulletinId}: ${error.code}`);
      }
    }
  }
}
