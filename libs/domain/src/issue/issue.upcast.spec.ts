import { upcastBulletinEvent } from '../bulletin/bulletin.upcast';
import type { BulletinEvent } from '../bulletin/bulletin.events';
import { at, codeOf } from '../testing/given';
import { bulletinSeesNow, givenIssue, play, T } from '../testing/issue-story';
import type { IssueEvent } from './issue.events';
import { foldIssue } from './issue.evolve';
import { upcastIssueEvent } from './issue.upcast';

/**
 * Streams recorded before this change, exactly as the old deciders wrote them: RectificationReported without
 * `late`, ResultReported without `publishedAt`/`reportedVersion`, no RectificationOverdue when the unit reported
 * before the clock's scan (the second reproduction of issue #9).
 */
const legacy = (data: Record<string, unknown>, type: string) => ({ type, data }) as unknown as IssueEvent;
const registeredOld = legacy(
  {
    issueId: 'i-old', unitId: 'unit-1', regionId: 'county-a', category: 'safety', severity: 'general', safetyHazard: false, title: '旧问题',
    description: 'd', source: { kind: 'visit' }, evidence: [], foundAt: '2026-03-02T02:00:00.000Z', foundBy: 'sup01',
  },
  'IssueRegistered',
);
const orderedOld = legacy(
  { orderNo: 1, requirements: 'r', deadline: T.deadline, deadlineRule: { kind: 'workingDays', days: 5 }, orderedAt: T.ordered, orderedBy: 'sup01' },
  'RectificationOrdered',
);
const reportedLateOld = legacy({ orderNo: 1, measures: '已整改', evidence: [], reportedAt: T.afterDeadline, reportedBy: 'unit001' }, 'RectificationReported');
const reportedInTimeOld = legacy({ orderNo: 1, measures: '已整改', evidence: [], reportedAt: T.reported, reportedBy: 'unit001' }, 'RectificationReported');
const recheckedOld = legacy(
  { orderNo: 1, method: 'on_site', outcome: 'passed', findings: 'ok', evidence: [], recheckedAt: T.later, recheckedBy: 'sup01' },
  'RecheckConducted',
);
const resultOld = legacy({ bulletinId: 'b-old', scope: 'public', reportedAt: T.later }, 'ResultReported');

describe('folding a stream recorded before snapshots and decider-side overdue', () => {
  it('reads a late report recorded without late as late, and requires the accountability the missing overdue would have', () => {
    const state = foldIssue([registeredOld, orderedOld, reportedLateOld, recheckedOld, resultOld]);
    expect(state).toMatchObject({
      status: 'rectified', version: 5, lastReport: { late: true }, accountabilityRequired: true, accountabilityReasons: ['overdue'],
      reportedVersion: null, resultReported: false, reportedBulletinIds: ['b-old'], number: undefined,
    });
    expect(codeOf(givenIssue([registeredOld, orderedOld, reportedLateOld, recheckedOld, resultOld]).when({ type: 'CloseIssue' }, at(T.later)))).toBe('ACCOUNTABILITY_REQUIRED');
  });

  it('a legacy ResultReported counts for nothing: a bulletin with a snapshot must report the result again', () => {
    const old = [registeredOld, orderedOld, reportedInTimeOld, recheckedOld, resultOld];
    expect(foldIssue(old)).toMatchObject({ lastReport: { late: false }, accountabilityRequired: false, resultReported: false });
    expect(codeOf(givenIssue(old).when({ type: 'CloseIssue' }, at(T.later)))).toBe('RESULT_NOT_REPORTED');
    const reportedAgain = play([[bulletinSeesNow('b-new'), at(T.later)]], old);
    expect(codeOf(givenIssue(reportedAgain).when({ type: 'CloseIssue' }, at(T.later)))).toBe('ACCEPTED');
  });

  it('the same bulletin is not reported twice across the old and new shape', () => {
    const old = [registeredOld, orderedOld, reportedInTimeOld, recheckedOld, resultOld];
    expect(play([[bulletinSeesNow('b-old'), at(T.later)]], old)).toHaveLength(old.length);
  });

  it('an overdue the clock recorded is not required twice by the late report that follows it', () => {
    const overdue = legacy({ orderNo: 1, deadline: T.deadline, detectedAt: T.afterDeadline }, 'RectificationOverdue');
    const decided = legacy({ targets: [{ kind: 'person', name: '某' }], measures: ['interview'], basis: 'b', reasons: ['overdue'], decidedAt: T.afterDeadline, decidedBy: 'leader' }, 'AccountabilityDecided');
    const state = foldIssue([registeredOld, orderedOld, overdue, decided, reportedLateOld]);
    expect(state).toMatchObject({ accountabilityRequired: false, accountabilityDecided: true, lastReport: { late: true } });
    expect(state).toMatchObject({ lastAccountability: { targets: [{ kind: 'person', unitId: null }] } });
  });

  it('leaves events already in the current shape untouched', () => {
    const current = legacy({ bulletinId: 'b', scope: 'public', publishedAt: T.later, reportedVersion: 4, reportedAt: T.later }, 'ResultReported');
    expect(upcastIssueEvent(current, foldIssue([registeredOld]))).toBe(current);
    expect(upcastIssueEvent(resultOld, foldIssue([registeredOld])).data).toMatchObject({ reportedVersion: null, publishedAt: null });
  });

  it('upcasts a BulletinPublished without items to items: null', () => {
    const old = { type: 'BulletinPublished', data: { bulletinId: 'b', scope: 'public', issueIds: ['i'], publishedAt: T.later, publishedBy: 'c' } } as unknown as BulletinEvent;
    expect(upcastBulletinEvent(old).data).toMatchObject({ items: null, issueIds: ['i'] });
  });
});
