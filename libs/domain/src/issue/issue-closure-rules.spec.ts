import { DomainError } from '../shared/domain-error';
import { at, codeOf, coordinator, leader, testContext } from '../testing/given';
import {
  bulletinSaw, bulletinSeesNow, closed, decideAccountability, givenIssue, orderRectification, play, recheck, rectified, registered, registerIssue,
  reportRectification, reported, resultReported, T,
} from '../testing/issue-story';
import { decideIssue } from './issue.decide';
import { foldIssue } from './issue.evolve';

const close = { type: 'CloseIssue' as const };
const reportResult = (bulletinId = 'bulletin-9') => bulletinSeesNow(bulletinId, 'public');

describe('RECHECK_REQUIRED', () => {
  it.each([
    ['open', registered],
    ['rectifying', () => play([[orderRectification(), at(T.ordered)]], registered())],
    ['awaiting_recheck', reported],
  ])('refuses to close an issue that is %s', (_status, history) => {
    expect(codeOf(givenIssue(history()).when(close, at(T.later)))).toBe('RECHECK_REQUIRED');
  });

  it('refuses to close after a failed recheck, even with a result reported', () => {
    const history = play([[reportResult(), at(T.later)]], play([[recheck('failed'), at(T.rechecked)]], reported()));
    expect(codeOf(givenIssue(history).when(close, at(T.later)))).toBe('RECHECK_REQUIRED');
  });

  it('closes a rectified issue whose result was reported', () => {
    const outcome = givenIssue(resultReported()).when(close, at(T.later));
    expect(outcome.events).toEqual([{ type: 'IssueClosed', data: { closedAt: T.later, closedBy: 'sup01' } }]);
    expect(outcome.after).toMatchObject({ status: 'closed', closedAt: T.later });
  });

  it('is a DomainError thrown by decideIssue', () => {
    expect(() => decideIssue(close, foldIssue(registered()), testContext())).toThrow(DomainError);
  });
});

describe('RESULT_NOT_REPORTED', () => {
  it('refuses to close before a bulletin reported the result', () => {
    expect(codeOf(givenIssue(rectified()).when(close, at(T.later)))).toBe('RESULT_NOT_REPORTED');
  });

  it('does not count a bulletin published before the passing recheck', () => {
    const early = play([[reportResult('early'), at(T.ordered)]], registered());
    const history = play(
      [[orderRectification(), at(T.ordered)], [reportRectification(), at(T.reported)], [recheck('passed'), at(T.rechecked)]],
      early,
    );
    expect(codeOf(givenIssue(history).when(close, at(T.later)))).toBe('RESULT_NOT_REPORTED');
    const reportedLate = play([[reportResult('late'), at(T.later)]], history);
    expect(codeOf(givenIssue(reportedLate).when(close, at(T.later)))).toBe('ACCEPTED');
  });

  it('needs a new report after an accountability decision', () => {
    const history = play([[decideAccountability(), at(T.later, leader)]], resultReported());
    expect(codeOf(givenIssue(history).when(close, at(T.later)))).toBe('RESULT_NOT_REPORTED');
  });
});

describe('ACCOUNTABILITY_REQUIRED', () => {
  const twiceFailed = () =>
    play(
      [
        [recheck('failed'), at(T.rechecked)],
        [orderRectification(), at(T.rechecked)],
        [reportRectification(), at('2026-03-09T02:00:00Z')],
        [recheck('failed'), at('2026-03-10T02:00:00Z')],
        [orderRectification(), at('2026-03-10T02:00:00Z')],
        [reportRectification(), at('2026-03-11T02:00:00Z')],
        [recheck('passed'), at('2026-03-12T02:00:00Z')],
        [reportResult(), at('2026-03-13T02:00:00Z')],
      ],
      reported(),
    );

  it('refuses to close after two failed rechecks until accountability is decided', () => {
    const history = twiceFailed();
    expect(foldIssue(history)).toMatchObject({ status: 'rectified', failedRechecks: 2, accountabilityReasons: ['failed_rechecks'] });
    expect(codeOf(givenIssue(history).when(close, at(T.later)))).toBe('ACCOUNTABILITY_REQUIRED');
  });

  it('closes once accountability was decided and the result reported after it', () => {
    const history = play(
      [[decideAccountability(['interview', 'public_criticism']), at('2026-03-13T03:00:00Z', leader)], [reportResult('b2'), at('2026-03-13T04:00:00Z', coordinator)]],
      twiceFailed(),
    );
    expect(foldIssue(history)).toMatchObject({ accountabilityRequired: false, accountabilityDecided: true, resultReported: true });
    expect(codeOf(givenIssue(history).when(close, at('2026-03-14T02:00:00Z')))).toBe('ACCEPTED');
  });

  it('comes after RECHECK_REQUIRED and before RESULT_NOT_REPORTED', () => {
    const history = twiceFailed().slice(0, -2); // reordered, not yet rechecked
    expect(codeOf(givenIssue(history).when(close, at(T.later)))).toBe('RECHECK_REQUIRED');
    const notReported = twiceFailed().slice(0, -1);
    expect(codeOf(givenIssue(notReported).when(close, at(T.later)))).toBe('ACCOUNTABILITY_REQUIRED');
  });
});

describe('UNKNOWN_MEASURE (accountability measures)', () => {
  it('refuses a measure that does not fit the targets', () => {
    const outcome = givenIssue(rectified()).when(decideAccountability(['disciplinary_sanction']), at(T.later, leader));
    expect(codeOf(outcome)).toBe('UNKNOWN_MEASURE');
    expect(outcome.error?.errors?.[0].field).toBe('measures[0]');
  });

  it('accepts person measures for a person target', () => {
    const command = { ...decideAccountability(['disciplinary_sanction', 'interview']), targets: [{ kind: 'person' as const, name: '张三', unitId: 'unit-1' }] };
    const outcome = givenIssue(rectified()).when(command, at(T.later, leader));
    expect(outcome.events?.[0]).toMatchObject({ type: 'AccountabilityDecided', data: { measures: ['disciplinary_sanction', 'interview'], decidedBy: 'leader', reasons: [] } });
  });
});

describe('ReportResult', () => {
  it('is idempotent per bulletin', () => {
    const history = resultReported();
    expect(givenIssue(history).when(bulletinSaw(5, 'bulletin-1')).events).toEqual([]);
    expect(givenIssue(history).when(bulletinSaw(5, 'bulletin-2', 'public', T.rechecked), at(T.later)).events).toEqual([
      { type: 'ResultReported', data: { bulletinId: 'bulletin-2', scope: 'public', publishedAt: T.rechecked, reportedVersion: 5, reportedAt: T.later } },
    ]);
  });

  it('is recorded even on a closed issue (a bulletin may list it)', () => {
    expect(givenIssue(closed()).when(bulletinSaw(6, 'bulletin-3'), at(T.later)).events).toHaveLength(1);
  });
});

describe('ISSUE_CLOSED', () => {
  it.each([
    ['close', close],
    ['order', orderRectification()],
    ['feed back', { type: 'FeedBackIssue' as const, note: 'n', channel: 'letter' }],
    ['decide accountability', decideAccountability()],
  ])('refuses to %s a closed issue', (_what, command) => {
    expect(codeOf(givenIssue(closed()).when(command, at(T.later)))).toBe('ISSUE_CLOSED');
  });

  it('still accepts a look-back on a closed issue', () => {
    expect(codeOf(givenIssue(closed()).when({ type: 'ConductLookBack', outcome: 'sustained', findings: 'ok' }, at(T.later)))).toBe('ACCEPTED');
  });
});

describe('NOT_FOUND', () => {
  it('refuses any command but RegisterIssue on an issue that does not exist', () => {
    expect(codeOf(givenIssue([]).when(close))).toBe('NOT_FOUND');
    expect(codeOf(givenIssue([]).when({ type: 'MarkOverdue', orderNo: 1 }))).toBe('NOT_FOUND');
    expect(codeOf(givenIssue([]).when(registerIssue(), at(T.registered)))).toBe('ACCEPTED');
  });
});

describe('ALREADY_EXISTS', () => {
  it('refuses to register an issue twice', () => {
    expect(codeOf(givenIssue(registered()).when(registerIssue(), at(T.later)))).toBe('ALREADY_EXISTS');
  });
});

describe('UNKNOWN_CATEGORY', () => {
  it('refuses a category that is not configured', () => {
    expect(codeOf(givenIssue([]).when(registerIssue({ category: 'weather' })))).toBe('UNKNOWN_CATEGORY');
  });

  it('registers an issue of a configured category', () => {
    const outcome = givenIssue([]).when(registerIssue({ category: 'safety', safetyHazard: true }), at(T.registered));
    expect(outcome.events?.[0]).toMatchObject({ type: 'IssueRegistered', data: { category: 'safety', foundAt: T.registered, foundBy: 'sup01' } });
    expect(outcome.after).toMatchObject({ status: 'open', version: 1, currentOrder: null, deadline: null });
  });
});
