import { at, codeOf, coordinator, leader, systemActor, unitUser } from '../testing/given';
import { bulletinSeesNow, givenIssue, ordered, play, recheck, reportRectification, T } from '../testing/issue-story';
import type { IssueEvent } from './issue.events';
import { foldIssue } from './issue.evolve';

/*
 * 不整改必问责 decided from the command's own clock: whatever the deadline clock did or did not do, the first
 * command after the deadline records the overdue, in the same append, before its own event.
 */

const types = (events: readonly IssueEvent[] | undefined) => (events ?? []).map((event) => event.type);

describe('RectificationOverdue recorded by the decider first thing', () => {
  it('a late report, with no clock ever running, records the overdue before the report, and the report is late', () => {
    const outcome = givenIssue(ordered()).when(reportRectification(), at(T.afterDeadline, unitUser));
    expect(outcome.events).toEqual([
      { type: 'RectificationOverdue', data: { orderNo: 1, deadline: T.deadline, detectedAt: T.afterDeadline } },
      expect.objectContaining({ type: 'RectificationReported', data: expect.objectContaining({ orderNo: 1, late: true }) }),
    ]);
    expect(outcome.after).toMatchObject({
      status: 'awaiting_recheck', overdue: false, accountabilityRequired: true, accountabilityReasons: ['overdue'],
      lastReport: { orderNo: 1, late: true }, currentOrder: { overdueMarked: true, reported: true },
    });
  });

  it('a report before the deadline is not late and records nothing more', () => {
    const outcome = givenIssue(ordered()).when(reportRectification(), at(T.reported, unitUser));
    expect(types(outcome.events)).toEqual(['RectificationReported']);
    expect(outcome.events?.[0].data).toMatchObject({ late: false });
  });

  it('a report exactly at the deadline is on time', () => {
    const outcome = givenIssue(ordered()).when(reportRectification(), at(T.deadline, unitUser));
    expect(types(outcome.events)).toEqual(['RectificationReported']);
  });

  it('is recorded once per order: after the clock marked it, a late report adds only itself', () => {
    const marked = play([[{ type: 'MarkOverdue', orderNo: 1 }, at(T.afterDeadline, systemActor)]], ordered());
    expect(types(marked).slice(-1)).toEqual(['RectificationOverdue']);
    const outcome = givenIssue(marked).when(reportRectification(), at(T.later, unitUser));
    expect(types(outcome.events)).toEqual(['RectificationReported']);
    expect(outcome.events?.[0].data).toMatchObject({ late: true });
  });

  it('the clock arriving after a command recorded it appends nothing', () => {
    const first = play([[{ type: 'FeedBackIssue', note: '催促', channel: 'phone' }, at(T.afterDeadline, coordinator)]], ordered());
    expect(types(first).slice(-2)).toEqual(['RectificationOverdue', 'IssueFedBack']);
    expect(givenIssue(first).when({ type: 'MarkOverdue', orderNo: 1 }, at(T.later, systemActor)).events).toEqual([]);
  });

  it('any accepted command records it: a no-op command such as a stale due-soon mark too', () => {
    const outcome = givenIssue(ordered()).when({ type: 'MarkDueSoon', orderNo: 1 }, at(T.afterDeadline, systemActor));
    expect(types(outcome.events)).toEqual(['RectificationOverdue']);
  });

  it('a refused command appends nothing, the overdue included', () => {
    const outcome = givenIssue(ordered()).when({ type: 'RequestExtension', proposedDeadline: '2026-03-20T15:59:59Z', reason: 'late' }, at(T.afterDeadline, unitUser));
    expect(codeOf(outcome)).toBe('EXTENSION_NOT_ALLOWED');
    expect(outcome.after).toBe(outcome.before);
  });

  it('nothing is recorded for an order already reported, or before the deadline', () => {
    const reportedInTime = play([[reportRectification(), at(T.reported, unitUser)]], ordered());
    expect(types(givenIssue(reportedInTime).when({ type: 'FeedBackIssue', note: 'n', channel: 'c' }, at(T.later)).events)).toEqual(['IssueFedBack']);
    expect(types(givenIssue(ordered()).when({ type: 'FeedBackIssue', note: 'n', channel: 'c' }, at(T.reported)).events)).toEqual(['IssueFedBack']);
  });
});

describe('ACCOUNTABILITY_REQUIRED (overdue recorded or not yet recorded)', () => {
  it('an order reported late, then rechecked and reported in a bulletin, cannot close without accountability', () => {
    const history = play(
      [
        [reportRectification(), at(T.afterDeadline, unitUser)],
        [recheck('passed'), at(T.later)],
        [bulletinSeesNow('b-1'), at(T.later, coordinator)],
      ],
      ordered(),
    );
    expect(foldIssue(history)).toMatchObject({ status: 'rectified', resultReported: true, accountabilityRequired: true });
    expect(codeOf(givenIssue(history).when({ type: 'CloseIssue' }, at(T.later)))).toBe('ACCOUNTABILITY_REQUIRED');
    const decided = play(
      [[{ type: 'DecideAccountability', targets: [{ kind: 'unit', name: '第一小学', unitId: 'unit-1' }], measures: ['interview'], basis: 'b' }, at(T.later, leader)], [bulletinSeesNow('b-2'), at(T.later)]],
      history,
    );
    expect(codeOf(givenIssue(decided).when({ type: 'CloseIssue' }, at(T.later)))).toBe('ACCEPTED');
  });

  it('an extension granted after the deadline passed leaves the overdue (and the accountability) on record', () => {
    const requested = play([[{ type: 'RequestExtension', proposedDeadline: '2026-03-20T15:59:59Z', reason: 'r' }, at(T.reported, unitUser)]], ordered());
    const outcome = givenIssue(requested).when({ type: 'DecideExtension', approved: true }, at(T.afterDeadline));
    expect(types(outcome.events)).toEqual(['RectificationOverdue', 'ExtensionDecided']);
    expect(outcome.after).toMatchObject({ status: 'rectifying', overdue: false, deadline: '2026-03-20T15:59:59.000Z', accountabilityRequired: true });
  });
});
