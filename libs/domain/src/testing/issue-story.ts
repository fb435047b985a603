import type { DeadlineRule } from '../calendar/deadline';
import { decideIssue } from '../issue/issue.decide';
import type {
  ConductRecheck,
  DecideAccountability,
  IssueCommand,
  OrderRectification,
  RegisterIssue,
  ReportRectification,
  ReportResult,
} from '../issue/issue.commands';
import type { IssueEvent } from '../issue/issue.events';
import { evolveIssue, foldIssue } from '../issue/issue.evolve';
import { initialIssueState, IssueState } from '../issue/issue.state';
import type { DecisionContext } from '../shared/decision-context';
import { at, coordinator, scenario, unitUser } from './given';

export const givenIssue = scenario<IssueCommand, IssueEvent, IssueState>({
  decide: decideIssue,
  evolve: evolveIssue,
  initialState: initialIssueState,
});

export const ISSUE_ID = '7d1f7a1e-0000-4000-8000-000000000001';

export function registerIssue(overrides: Partial<RegisterIssue> = {}): RegisterIssue {
  return {
    type: 'RegisterIssue',
    issueId: ISSUE_ID,
    unitId: 'unit-1',
    regionId: 'county-a',
    category: 'canteen_hygiene',
    severity: 'general',
    safetyHazard: false,
    title: '食堂留样记录不全',
    description: 'Food samples were not kept for 48 hours.',
    source: { kind: 'visit', visitId: 'visit-1' },
    evidence: [{ name: 'photo.jpg', sha256: 'a'.repeat(64) }],
    ...overrides,
  };
}

export const orderRectification = (deadline: DeadlineRule = { kind: 'workingDays', days: 5 }): OrderRectification => ({
  type: 'OrderRectification',
  requirements: 'Keep 125 g samples of every dish for 48 hours.',
  deadline,
});
export const reportRectification = (): ReportRectification => ({
  type: 'ReportRectification',
  measures: 'Bought a sample fridge; trained staff.',
  evidence: [{ name: 'fridge.jpg', sha256: 'b'.repeat(64) }],
});
export const recheck = (outcome: 'passed' | 'failed', method: 'on_site' | 'document' = 'on_site'): ConductRecheck => ({
  type: 'ConductRecheck',
  method,
  outcome,
  findings: outcome === 'passed' ? 'Samples kept properly.' : 'Still no samples.',
  evidence: [],
});
export const decideAccountability = (measures: string[] = ['interview']): DecideAccountability => ({
  type: 'DecideAccountability',
  targets: [{ kind: 'unit', name: '第一小学', unitId: 'unit-1' }],
  measures,
  basis: '《教育督导问责办法》第九条',
});

/** The timeline most specs share: registered Mon 2026-03-02 10:00 Shanghai, deadline end of 03-09. */
export const T = {
  registered: '2026-03-02T02:00:00.000Z',
  ordered: '2026-03-02T03:00:00.000Z',
  deadline: '2026-03-09T15:59:59.000Z',
  reported: '2026-03-05T02:00:00.000Z',
  rechecked: '2026-03-06T02:00:00.000Z',
  afterDeadline: '2026-03-10T01:00:00.000Z',
  later: '2026-03-12T02:00:00.000Z',
};

/** A command, or one built from the state it is decided on (a bulletin snapshot sees the current version). */
export type Step = IssueCommand | ((state: IssueState, context: DecisionContext) => IssueCommand);

/** Runs commands in order through the decider, each at its own moment, and returns every event decided. */
export function play(steps: Array<[Step, DecisionContext]>, given: IssueEvent[] = []): IssueEvent[] {
  return steps.reduce<IssueEvent[]>((events, [step, context]) => {
    const state = foldIssue(events);
    const command = typeof step === 'function' ? step(state, context) : step;
    return [...events, ...decideIssue(command, state, context)];
  }, given);
}

/** ReportResult from a bulletin whose snapshot saw `version` of the issue. */
export const bulletinSaw = (version: number | null, bulletinId = 'bulletin-1', scope: 'internal' | 'public' = 'internal', publishedAt: string | null = T.later): ReportResult => ({
  type: 'ReportResult', bulletinId, scope, publishedAt, reportedVersion: version,
});

/** ReportResult from a bulletin published just now, whose snapshot saw the issue as it is. */
export const bulletinSeesNow = (bulletinId = 'bulletin-1', scope: 'internal' | 'public' = 'internal'): Step =>
  (state, context) => bulletinSaw(state.version, bulletinId, scope, context.now);

export const registered = (overrides: Partial<RegisterIssue> = {}) => play([[registerIssue(overrides), at(T.registered)]]);
export const ordered = (overrides: Partial<RegisterIssue> = {}) =>
  play([[orderRectification(), at(T.ordered)]], registered(overrides));
export const reported = (overrides: Partial<RegisterIssue> = {}) =>
  play([[reportRectification(), at(T.reported, unitUser)]], ordered(overrides));
export const rectified = (overrides: Partial<RegisterIssue> = {}) =>
  play([[recheck('passed'), at(T.rechecked)]], reported(overrides));
export const resultReported = (overrides: Partial<RegisterIssue> = {}) =>
  play([[bulletinSeesNow('bulletin-1', 'internal'), at(T.later, coordinator)]], rectified(overrides));
export const closed = () => play([[{ type: 'CloseIssue', note: 'done' }, at(T.later)]], resultReported());
