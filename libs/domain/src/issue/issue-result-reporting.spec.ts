import { at, codeOf, coordinator, leader } from '../testing/given';
import { bulletinSaw, bulletinSeesNow, decideAccountability, givenIssue, play, recheck, rectified, reported, T } from '../testing/issue-story';
import { foldIssue } from './issue.evolve';

/** 有结果必通报: a bulletin reports the state it saw (its snapshot's version), not whatever happened after it. */
describe('RESULT_NOT_REPORTED (a bulletin reports what it saw)', () => {
  const close = { type: 'CloseIssue' as const };

  it('a bulletin published while the issue awaited recheck does not report the recheck that came after it', () => {
    const sawAwaiting = foldIssue(reported()).version; // 3: the snapshot is taken before the recheck
    const history = play([[recheck('passed'), at(T.rechecked)], [bulletinSaw(sawAwaiting, 'b-early'), at(T.later, coordinator)]], reported());
    expect(foldIssue(history)).toMatchObject({ status: 'rectified', resultBaselineVersion: 4, reportedVersion: 3, resultReported: false });
    expect(codeOf(givenIssue(history).when(close, at(T.later)))).toBe('RESULT_NOT_REPORTED');
  });

  it('a bulletin whose snapshot saw the passed recheck reports it', () => {
    const history = play([[bulletinSaw(4, 'b-after'), at(T.later, coordinator)]], rectified());
    expect(foldIssue(history)).toMatchObject({ resultReported: true, reportedVersion: 4 });
    expect(codeOf(givenIssue(history).when(close, at(T.later)))).toBe('ACCEPTED');
  });

  it('a later bulletin never lowers what an earlier one reported', () => {
    const history = play([[bulletinSaw(4, 'b-new'), at(T.later)], [bulletinSaw(3, 'b-old'), at(T.later)]], rectified());
    expect(foldIssue(history)).toMatchObject({ reportedVersion: 4, resultReported: true, reportedBulletinIds: ['b-new', 'b-old'] });
  });

  it('an accountability decision needs a bulletin that saw it', () => {
    const history = play([[bulletinSeesNow('b-1'), at(T.later)], [decideAccountability(), at(T.later, leader)]], rectified());
    expect(foldIssue(history)).toMatchObject({ resultBaselineVersion: 6, resultReported: false });
    expect(codeOf(givenIssue(history).when(close, at(T.later)))).toBe('RESULT_NOT_REPORTED');
    expect(codeOf(givenIssue(play([[bulletinSeesNow('b-2'), at(T.later)]], history)).when(close, at(T.later)))).toBe('ACCEPTED');
  });

  it('a report of unknown content (a bulletin from before snapshots) reports nothing', () => {
    const history = play([[bulletinSaw(null, 'b-legacy', 'public', null), at(T.later)]], rectified());
    expect(foldIssue(history)).toMatchObject({ reportedVersion: null, resultReported: false, reportedBulletinIds: ['b-legacy'] });
    expect(codeOf(givenIssue(history).when(close, at(T.later)))).toBe('RESULT_NOT_REPORTED');
  });

  it('refuses a snapshot version the issue never reached (INVALID_TRANSITION)', () => {
    expect(codeOf(givenIssue(rectified()).when(bulletinSaw(9, 'b-future'), at(T.later)))).toBe('INVALID_TRANSITION');
    expect(codeOf(givenIssue(rectified()).when(bulletinSaw(0, 'b-zero'), at(T.later)))).toBe('INVALID_TRANSITION');
  });
});
