import type { BulletinKind, BulletinPeriod, DeadlineRule } from '@app/domain';
import { computeDeadline, type WorkdayCalendar } from '@app/domain';
import { demoId } from './demo-ids';

/** One command of the simulated semester, run at its instant. */
export interface DemoStep {
  at: string;
  label: string;
  /** username of the actor ('system' for the clocks and the process manager) */
  user: string;
  run(send: DemoSender): Promise<unknown>;
}

/** What a step may do: send one command through the command bus, as a user, at the step's instant. */
export interface DemoSender {
  registerIssue(issueId: string, body: Record<string, unknown>): Promise<unknown>;
  issue(issueId: string, command: Record<string, unknown> & { type: string }): Promise<unknown>;
  visit(visitId: string, body: Record<string, unknown>): Promise<unknown>;
  draftBulletin(bulletinId: string, body: { kind: BulletinKind; title: string; period: BulletinPeriod | null; body: string; issueIds: string[] }): Promise<unknown>;
  publishBulletin(bulletinId: string, scope: 'internal' | 'public'): Promise<unknown>;
  reportResults(bulletinId: string): Promise<unknown>;
  activity(activityId: string, command: Record<string, unknown> & { type: string }): Promise<unknown>;
  supervisor(supervisorId: string, command: Record<string, unknown> & { type: string }): Promise<unknown>;
}

const DAY_MS = 86_400_000;

/**
 * The stage scenes write the semester on: a start and an end (the anchor, when seeding first ran), instants on
 * Shanghai dates, deterministic ids, and the deadlines the deciders will compute. Scenes only schedule; the seeder runs
 * every step in time order, so the history reads in order across all streams.
 */
export class DemoStage {
  readonly steps: DemoStep[] = [];
  readonly start: string;

  constructor(
    readonly scene: string,
    readonly anchor: string,
    readonly calendar: WorkdayCalendar,
    readonly lengthDays = 84,
  ) {
    this.start = new Date(Date.parse(anchor) - lengthDays * DAY_MS).toISOString();
  }

  /** `days` after the start, at `hour`:`minute` Beijing time (a step planned at or after the anchor is left out). */
  day(days: number, hour = 9, minute = 0): string {
    const date = new Date(Date.parse(this.start) + 8 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);
    return new Date(Date.parse(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`)).toISOString();
  }

  /** `days` after the Beijing date of `instant`, at `hour` Beijing time (people work in office hours). */
  dayOf(instant: string, days: number, hour = 10): string {
    const date = new Date(Date.parse(instant) + 8 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);
    return new Date(Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`)).toISOString();
  }

  /** An instant shifted by hours (for "an hour after the deadline"). */
  plusHours(instant: string, hours: number): string {
    return new Date(Date.parse(instant) + hours * 3_600_000).toISOString();
  }

  before(instant: string): boolean {
    return instant < this.anchor;
  }

  id(key: string): string {
    return demoId(`${this.scene}|${key}`);
  }

  deadline(orderedAt: string, rule: DeadlineRule): string {
    return computeDeadline(orderedAt, rule, this.calendar).deadline;
  }

  at(at: string, user: string, label: string, run: DemoStep['run']): void {
    if (this.before(at)) this.steps.push({ at, user, label: `${this.scene}: ${label}`, run });
  }
}

/** A scene adds its part of the demo semester; later features (activities, cases, complaints, matters) add theirs. */
export interface DemoScene {
  name: string;
  plan(stage: DemoStage): void;
}
