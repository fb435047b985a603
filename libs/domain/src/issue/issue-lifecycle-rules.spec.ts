import { at, codeOf, coordinator, unitUser } from '../testing/given';
import { closed, givenIssue, orderRectification, ordered, play, rectified, registered, reported, T } from '../testing/issue-story';
import { foldIssue } from './issue.evolve';

const withdraw = { type: 'WithdrawIssue' as const, reason: 'Complaint not verified.' };
const withdrawn = () => play([[withdraw, at(T.ordered, coordinator)]], registered());

describe('ISSUE_WITHDRAWN', () => {
  it('refuses any further step on a withdrawn issue', () => {
    expect(codeOf(givenIssue(withdrawn()).when(orderRectification(), at(T.later)))).toBe('ISSUE_WITHDRAWN');
    expect(codeOf(givenIssue(withdrawn()).when({ type: 'CloseIssue' }, at(T.later)))).toBe('ISSUE_WITHDRAWN');
    expect(codeOf(givenIssue(withdrawn()).when(withdraw, at(T.later)))).toBe('ISSUE_WITHDRAWN');
  });

  it('withdraws an issue before any order', () => {
    const outcome = givenIssue(registered()).when(withdraw, at(T.ordered, coordinator));
    expect(outcome.events).toEqual([
      { type: 'IssueWithdrawn', data: { reason: 'Complaint not verified.', withdrawnAt: T.ordered, withdrawnBy: 'coordinator' } },
    ]);
    expect(outcome.after).toMatchObject({ status: 'withdrawn', withdrawnAt: T.ordered, version: 2 });
  });
});

describe('INVALID_TRANSITION', () => {
  it('refuses to withdraw once a rectification was ordered, even after it failed', () => {
    expect(codeOf(givenIssue(ordered()).when(withdraw, at(T.later)))).toBe('INVALID_TRANSITION');
    const failed = play([[{ type: 'ConductRecheck', method: 'on_site', outcome: 'failed', findings: 'no', evidence: [] }, at(T.rechecked)]], reported());
    expect(foldIssue(failed).status).toBe('open');
    expect(codeOf(givenIssue(failed).when(withdraw, at(T.later)))).toBe('INVALID_TRANSITION');
  });

  it('refuses a second report, a new order after a passed recheck, and a look-back on an open issue', () => {
    expect(codeOf(givenIssue(reported()).when({ type: 'ReportRectification', measures: 'm', evidence: [] }, at(T.rechecked, unitUser)))).toBe('INVALID_TRANSITION');
    expect(codeOf(givenIssue(rectified()).when(orderRectification(), at(T.later)))).toBe('INVALID_TRANSITION');
    expect(codeOf(givenIssue(registered()).when({ type: 'ConductLookBack', outcome: 'sustained', findings: 'f' }, at(T.later)))).toBe('INVALID_TRANSITION');
  });

  it('refuses an unknown command type', () => {
    expect(codeOf(givenIssue(registered()).when({ type: 'Teleport' } as never, at(T.later)))).toBe('INVALID_TRANSITION');
  });

  it('feeds back an open issue', () => {
    const outcome = givenIssue(registered()).when({ type: 'FeedBackIssue', note: '限期整改', channel: 'on_site' }, at(T.ordered));
    expect(outcome.events).toEqual([
      { type: 'IssueFedBack', data: { note: '限期整改', channel: 'on_site', fedBackAt: T.ordered, fedBackBy: 'sup01' } },
    ]);
    expect(outcome.after).toMatchObject({ status: 'open', fedBackAt: T.ordered });
  });

  it('looks back at a closed issue', () => {
    expect(givenIssue(closed()).when({ type: 'ConductLookBack', outcome: 'sustained', findings: 'ok' }, at(T.later)).after).toMatchObject({
      status: 'closed',
      lastLookBack: { outcome: 'sustained' },
    });
  });
});
