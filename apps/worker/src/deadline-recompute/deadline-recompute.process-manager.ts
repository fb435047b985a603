import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { CalendarService, ExecuteIssueCommand, PG_POOL } from '@app/application';
import { CALENDAR_STREAM, isDomainError, type CalendarYearPublished, type DeadlineRuleRecord, type VersionedYear } from '@app/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent, type Subscription } from '@app/event-store';
import { CheckpointStore } from '../checkpoints/checkpoint.store';
import { DeadlineCalendarYearsIndex } from './deadline-calendar-years.index';

const NAME = 'deadline-recompute';
const ISSUE_PREFIX = 'issue-';
const ACTOR = { id: 'system:deadline-recompute', role: 'system' as const };
/** Events after which the order's deadline in force is no longer one its rule computed, or the order is over. */
const ENDS_COMPUTED_DEADLINE = new Set(['RecheckConducted', 'IssueClosed', 'IssueWithdrawn']);

/**
 * 期限重算: when a year of calendar-cn is published (or corrected), every open order whose day-count deadline was
 * computed on another version of that year gets RecomputeDeadline; the issue decider moves it only later.
 * Driven by the event-store subscription in log order (issue and calendar events alike), so it keeps its own index
 * of orders by calendar year exactly up to the publication it handles: an order decided on a stale copy of the
 * calendar just after a publication is caught when its own event comes by. Command ids name the order, the year and
 * the year's version, so redelivery, a restart or a second worker appends nothing twice; the checkpoint is saved
 * after each batch.
 */
@Injectable()
export class DeadlineRecomputeProcessManager implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NAME);
  private readonly index: DeadlineCalendarYearsIndex;
  private subscription: Subscription | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) pool: Pool,
    private readonly commands: CommandBus,
    private readonly checkpoints: CheckpointStore,
    private readonly calendars: CalendarService,
  ) {
    this.index = new DeadlineCalendarYearsIndex(pool);
  }

  async onApplicationBootstrap(): Promise<void> {
    const after = await this.checkpoints.load(NAME);
    this.subscription = this.store.subscribe((events) => this.handle(events), {
      after,
      streamPrefixes: [ISSUE_PREFIX, CALENDAR_STREAM],
      pollIntervalMs: 100,
      onError: (error) => this.logger.error(`retrying after: ${String(error)}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  async handle(events: RecordedEvent[]): Promise<void> {
    for (const event of events) {
      if (event.stream === CALENDAR_STREAM && event.type === 'CalendarYearPublished') {
        await this.yearPublished(event as RecordedEvent<'CalendarYearPublished', CalendarYearPublished['data']>);
      } else if (event.stream.startsWith(ISSUE_PREFIX)) {
        await this.issueEvent(event);
      }
    }
    if (events.length) await this.checkpoints.save(NAME, events[events.length - 1].position);
  }

  private async yearPublished(event: RecordedEvent<'CalendarYearPublished', CalendarYearPublished['data']>): Promise<void> {
    const { year } = event.data;
    const calendar = (await this.calendars.refresh()).calendar;
    const { hash } = calendar.year(year);
    const orders = await this.index.computedOnOtherVersion(year, hash);
    if (orders.length) this.logger.log(`${year} published (revision ${event.data.revision}): recomputing ${orders.length} deadline(s)`);
    for (const order of orders) await this.recompute(order.issueId, order.orderNo, year, hash, event.metadata.eventId);
  }

  private async issueEvent(event: RecordedEvent): Promise<void> {
    const issueId = event.stream.slice(ISSUE_PREFIX.length);
    const data = event.data as { orderNo?: number; deadlineRule?: DeadlineRuleRecord; approved?: boolean } | null;
    if (event.type === 'RectificationOrdered' || event.type === 'DeadlineRecomputed') {
      if (typeof data?.orderNo !== 'number') return;
      const years = await this.index.record(issueId, data.orderNo, data.deadlineRule);
      await this.catchUpStale(issueId, data.orderNo, years, event.metadata.eventId);
    } else if (ENDS_COMPUTED_DEADLINE.has(event.type) || (event.type === 'ExtensionDecided' && data?.approved)) {
      await this.index.forget(issueId);
    }
  }

  /** An order computed on a version already replaced (decided on a stale copy, or found while catching up). */
  private async catchUpStale(issueId: string, orderNo: number, years: VersionedYear[], causationId: string): Promise<void> {
    if (years.length === 0) return;
    const calendar = await this.calendars.current();
    for (const recorded of years) {
      let current;
      try {
        current = calendar.year(recorded.year);
      } catch {
        continue;
      }
      if (!current.provisional && current.hash !== recorded.hash) await this.recompute(issueId, orderNo, recorded.year, current.hash, causationId);
    }
  }

  private async recompute(issueId: string, orderNo: number, year: number, hash: string, causationId: string): Promise<void> {
    const commandId = `deadline-recompute:${issueId}:${orderNo}:${year}:${hash}`;
    const envelope = { commandId, fingerprint: commandId, actor: ACTOR, correlationId: commandId, causationId };
    try {
      await this.commands.execute(new ExecuteIssueCommand(issueId, { type: 'RecomputeDeadline', orderNo, year }, envelope));
    } catch (error) {
      // A refusal names a broken issue, not a reason to stall every later publication: logged loudly, then on.
      if (!isDomainError(error)) throw error;
      this.logger.error(`issue ${issueId} order ${orderNo}: recompute for ${year} refused: ${error.code} ${error.detail}`);
    }
  }
}
