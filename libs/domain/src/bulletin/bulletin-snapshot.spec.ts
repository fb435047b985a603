import { foldIssue } from '../issue/issue.evolve';
import type { ActiveIssueState } from '../issue/issue.state';
import { at, leader } from '../testing/given';
import { ordered, play, rectified, T } from '../testing/issue-story';
import { snapshotIssue } from './bulletin-snapshot';

const names = { 'unit-1': '第一小学', 'bureau-1': '甲县教育局' };

describe('snapshotIssue (what a bulletin publishes about one issue)', () => {
  it('takes the issue as it is: version, status, order, report, recheck', () => {
    const item = snapshotIssue(foldIssue(rectified()) as ActiveIssueState, names, T.later);
    expect(item).toEqual({
      issueId: '7d1f7a1e-0000-4000-8000-000000000001', issueVersion: 4, number: null, unitId: 'unit-1', unitName: '第一小学',
      regionId: 'county-a', category: 'canteen_hygiene', severity: 'general', safetyHazard: false, title: '食堂留样记录不全',
      status: 'rectified', deadline: T.deadline, overdue: false, rectificationSummary: 'Bought a sample fridge; trained staff.',
      reportedLate: false, recheckOutcome: 'passed', recheckMethod: 'on_site', recheckedAt: T.rechecked,
      accountabilityMeasures: [], accountabilityUnits: [],
    });
  });

  it('calls an order past its deadline overdue even before anything recorded it', () => {
    const issue = foldIssue(ordered()) as ActiveIssueState;
    expect(snapshotIssue(issue, names, T.reported).overdue).toBe(false);
    expect(snapshotIssue(issue, names, T.afterDeadline)).toMatchObject({ overdue: true, status: 'rectifying', issueVersion: 2 });
  });

  it('publishes accountability by measures and units, never the names of persons', () => {
    const decided = play(
      [[{ type: 'DecideAccountability', targets: [{ kind: 'person', name: '王某某', unitId: 'unit-1' }, { kind: 'unit', name: '甲县教育局', unitId: 'bureau-1' }], measures: ['interview', 'notified_criticism'], basis: 'b' }, at(T.later, leader)]],
      rectified(),
    );
    const item = snapshotIssue(foldIssue(decided) as ActiveIssueState, names, T.later);
    expect(item).toMatchObject({
      issueVersion: 5,
      accountabilityMeasures: ['interview', 'notified_criticism'],
      accountabilityUnits: [{ kind: 'person', unitId: 'unit-1', unitName: '第一小学' }, { kind: 'unit', unitId: 'bureau-1', unitName: '甲县教育局' }],
    });
    expect(JSON.stringify(item)).not.toContain('王某某');
  });

  it('carries the issue number when the issue has one', () => {
    const issue = { ...(foldIssue(rectified()) as ActiveIssueState), number: '示范县督问〔2026〕17号' };
    expect(snapshotIssue(issue, {}, T.later)).toMatchObject({ number: '示范县督问〔2026〕17号', unitName: 'unit-1' });
  });
});
