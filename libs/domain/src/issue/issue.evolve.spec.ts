import { closed, registered, reported } from '../testing/issue-story';
import type { IssueEvent } from './issue.events';
import { evolveIssue, foldIssue } from './issue.evolve';
import { initialIssueState } from './issue.state';

describe('evolveIssue', () => {
  it('never throws and ignores events it does not know', () => {
    const state = foldIssue(registered());
    const unknown = { type: 'SomethingElse', data: {} } as unknown as IssueEvent;
    expect(evolveIssue(state, unknown)).toBe(state);
    expect(evolveIssue(state, null as unknown as IssueEvent)).toBe(state);
    expect(evolveIssue(initialIssueState, { type: 'IssueClosed', data: { closedAt: 'x', closedBy: 'y' } })).toBe(initialIssueState);
  });

  it('ignores a second IssueRegistered', () => {
    const state = foldIssue(registered());
    const again = evolveIssue(state, registered({ title: 'other' })[0]);
    expect(again).toMatchObject({ title: '食堂留样记录不全' });
  });

  it('counts the events folded as version', () => {
    expect(initialIssueState.version).toBe(0);
    expect(foldIssue(reported()).version).toBe(reported().length);
    expect(foldIssue(closed()).version).toBe(closed().length);
  });

  it('folds from any state', () => {
    const events = reported();
    expect(foldIssue(events.slice(2), foldIssue(events.slice(0, 2)))).toEqual(foldIssue(events));
  });
});
