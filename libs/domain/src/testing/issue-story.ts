import type { DeadlineRule } from '../calendar/deadline';
import { decideIssue } from '../issue/issue.decide';
import type {
  ConductRecheck,
  DecideAccountability,
  IssueCommand,
  OrderRectification,
  RegisterIssue,
  ReportRectification,
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

/** Runs commands in order through the decider, each at its own moment, and returns every event decided. */
export function play(steps: Array<[IssueCommand, DecisionContext]>, given: IssueEvent[] = []): IssueEvent[] {
  return steps.reduce<IssueEvent[]>((events, [command, context]) => {
    return [...events, ...decideIssue(command, foldIssue(events), context)];
  }, given);
}

export const registered = (overrides: Partial<RegisterIssue> = {}) => play([[registerIssue(overrides), at(T.registered)]]);
export const ordered = (overrides: Partial<RegisterIssue> = {}) =>
  play([[orderRectification(), at(T.ordered)]], registered(overrides));
export const reported = (overrides: Partial<RegisterIssue> = {}) =>
  play([[reportRectification(), at(T.reported, unitUser)]], ordered(overrides));
export const rectified = (overrides: Partial<RegisterIssue> = {}) =>
  play([[recheck('passed'), at(T.rechecked)]], reported(overrides));
export const resultReported = (overrides: Partial<RegisterIssue> = {}) =>
  play([[{ type: 'ReportResult', bulletinId: 'bulletin-1', scope: 'internal' }, at(T.later, coordinator)]], rectified(overrides));
export const closed = () => play([[{ type: 'CloseIssue', note: 'done' }, at(T.later)]], resultReported());
