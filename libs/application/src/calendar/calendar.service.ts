import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  bundledCalendarYears,
  CALENDAR_STREAM,
  calendarYearWarnings,
  createWorkdayCalendar,
  decideCalendar,
  DEFAULT_POLICY,
  evolveCalendar,
  foldCalendar,
  initialCalendarState,
  publishedCalendarYears,
  type CalendarEvent,
  type CalendarState,
  type CalendarWarning,
  type CalendarYearInput,
  type WorkdayCalendar,
} from '@app/domain';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import type { Clock } from '../infrastructure/clock';
import { CLOCK } from '../infrastructure/tokens';
import { StreamCommandRunner } from '../stream-command-runner';
import { calendarOverview, type CalendarOverview } from './calendar-overview';
import { provisionalYears, statutoryDaysOf } from './provisional-years';

export interface CalendarSnapshot {
  state: CalendarState;
  calendar: WorkdayCalendar;
}

const SEED_ACTOR = { id: 'system:calendar-seed', role: 'system' as const };

/**
 * The calendar every decision, clock and read model of this process computes with: the calendar-cn stream folded,
 * plus provisional years. Read through: a copy older than CALENDAR_REFRESH_MS is checked against the stream before
 * it is used, so every api and worker process sees a publication within that time (and at once in the process that
 * published it). The bundled official years seed the stream at start, once.
 */
@Injectable()
export class CalendarService implements OnApplicationBootstrap {
  private readonly logger = new Logger('calendar');
  private snapshot: CalendarSnapshot | null = null;
  private checkedAt = 0;
  private loading: Promise<CalendarSnapshot> | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly runner: StreamCommandRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seedBundledYears();
  }

  /** The calendar to decide with now. */
  async current(): Promise<WorkdayCalendar> {
    return (await this.fresh()).calendar;
  }

  async fresh(): Promise<CalendarSnapshot> {
    if (this.snapshot && performance.now() - this.checkedAt < this.config.calendarRefreshMs) return this.snapshot;
    return this.refresh();
  }

  /** Reads the stream now (concurrent callers share one read); the calendar is rebuilt only when it changed. */
  refresh(): Promise<CalendarSnapshot> {
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  async overview(): Promise<CalendarOverview> {
    const { state, calendar } = await this.fresh();
    return calendarOverview(state, calendar, this.clock.now());
  }

  /** What a schedule may still have got wrong (statutory days missing …), for the person publishing it. */
  warningsFor(input: CalendarYearInput): CalendarWarning[] {
    return calendarYearWarnings(input, Number.isInteger(input?.year) ? statutoryDaysOf(input.year) : []);
  }

  /** The bundled official years (2024–2026) that the stream does not have yet; a no-op on every later start. */
  async seedBundledYears(): Promise<number> {
    const { state } = await this.refresh();
    let seeded = 0;
    for (const year of bundledCalendarYears()) {
      if (state.years[year.year]) continue;
      const commandId = `calendar-seed:${year.year}`;
      const result = await this.runner.run<CalendarState, CalendarEvent>(
        { commandId, fingerprint: commandId, actor: SEED_ACTOR, correlationId: commandId, causationId: null },
        {
          stream: CALENDAR_STREAM, id: CALENDAR_STREAM, initial: initialCalendarState, evolve: evolveCalendar,
          decide: (current) => decideCalendar({ type: 'SeedCalendarYear', ...year }, current, this.seedContext()),
        },
      );
      if (!result.replayed) seeded += 1;
    }
    if (seeded) this.logger.log(`seeded the official years ${bundledCalendarYears().map((y) => y.year).join(', ')} into ${CALENDAR_STREAM}`);
    await this.refresh();
    return seeded;
  }

  private seedContext() {
    const calendar = this.snapshot?.calendar ?? createWorkdayCalendar([], provisionalYears);
    return { now: this.clock.now(), actor: SEED_ACTOR, policy: DEFAULT_POLICY, calendar };
  }

  private async load(): Promise<CalendarSnapshot> {
    const events = await this.store.readStream(CALENDAR_STREAM);
    this.checkedAt = performance.now();
    if (this.snapshot && this.snapshot.state.version === events.length) return this.snapshot;
    const state = foldCalendar(events as unknown as CalendarEvent[]);
    this.snapshot = { state, calendar: createWorkdayCalendar(publishedCalendarYears(state), provisionalYears) };
    return this.snapshot;
  }
}
