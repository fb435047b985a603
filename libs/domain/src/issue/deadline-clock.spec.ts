import { at, codeOf, systemActor, unitUser } from '../testing/given';
import { givenIssue, ordered, play, reported, T } from '../testing/issue-story';
import { foldIssue } from './issue.evolve';

const clock = (now: string) => at(now, systemActor);
// deadline: end of Mon 03-09; 3 working days before it is Wed 03-04 00:00 Shanghai
const DUE_SOON_FROM = '2026-03-03T16:00:00.000Z';

describe('MarkDueSoon', () => {
  it('fires once within the due-soon window', () => {
    expect(givenIssue(ordered()).when({ type: 'MarkDueSoon', orderNo: 1 }, clock('2026-03-03T15:59:59Z')).events).toEqual([]);
    const outcome = givenIssue(ordered()).when({ type: 'MarkDueSoon', orderNo: 1 }, clock(DUE_SOON_FROM));
    expect(outcome.events).toEqual([{ type: 'RectificationDueSoon', data: { orderNo: 1, deadline: T.deadline, detectedAt: DUE_SOON_FROM } }]);
    expect(givenIssue([...ordered(), ...outcome.events!]).when({ type: 'MarkDueSoon', orderNo: 1 }, clock(DUE_SOON_FROM)).events).toEqual([]);
  });

  it('does nothing for another order or once reported', () => {
    expect(givenIssue(ordered()).when({ type: 'MarkDueSoon', orderNo: 2 }, clock(DUE_SOON_FROM)).events).toEqual([]);
    expect(givenIssue(reported()).when({ type: 'MarkDueSoon', orderNo: 1 }, clock(DUE_SOON_FROM)).events).toEqual([]);
  });
});

describe('MarkOverdue', () => {
  it('only fires after the deadline, and only once per order', () => {
    expect(givenIssue(ordered()).when({ type: 'MarkOverdue', orderNo: 1 }, clock(T.deadline)).events).toEqual([]);
    const outcome = givenIssue(ordered()).when({ type: 'MarkOverdue', orderNo: 1 }, clock(T.afterDeadline));
    expect(outcome.events).toEqual([{ type: 'RectificationOverdue', data: { orderNo: 1, deadline: T.deadline, detectedAt: T.afterDeadline } }]);
    expect(outcome.after).toMatchObject({ overdue: true, accountabilityRequired: true, accountabilityReasons: ['overdue'] });
    expect(givenIssue([...ordered(), ...outcome.events!]).when({ type: 'MarkOverdue', orderNo: 1 }, clock(T.later)).events).toEqual([]);
  });

  it('does nothing once the unit reported in time', () => {
    expect(givenIssue(reported()).when({ type: 'MarkOverdue', orderNo: 1 }, clock(T.afterDeadline)).events).toEqual([]);
  });

  it('respects an approved extension', () => {
    const extended = play(
      [
        [{ type: 'RequestExtension', proposedDeadline: '2026-03-13T15:59:59Z', reason: 'r' }, at(T.reported, unitUser)],
        [{ type: 'DecideExtension', approved: true }, at(T.reported)],
      ],
      ordered(),
    );
    expect(givenIssue(extended).when({ type: 'MarkOverdue', orderNo: 1 }, clock(T.afterDeadline)).events).toEqual([]);
    expect(givenIssue(extended).when({ type: 'MarkOverdue', orderNo: 1 }, clock('2026-03-13T16:00:00Z')).events).toHaveLength(1);
  });
});

describe('IssueReminder', () => {
  it('climbs urge → supervise once each', () => {
    const overdue = play([[{ type: 'MarkOverdue', orderNo: 1 }, clock(T.afterDeadline)]], ordered());
    const urged = play([[{ type: 'IssueReminder', orderNo: 1, level: 'urge' }, clock(T.afterDeadline)]], overdue);
    expect(urged.at(-1)).toEqual({ type: 'ReminderIssued', data: { orderNo: 1, level: 'urge', issuedAt: T.afterDeadline, issuedBy: 'deadline-clock' } });
    expect(foldIssue(urged)).toMatchObject({ reminderLevel: 'urge', currentOrder: { reminderLevel: 'urge' } });
    expect(givenIssue(urged).when({ type: 'IssueReminder', orderNo: 1, level: 'urge' }, clock(T.later)).events).toEqual([]);
    const supervised = givenIssue(urged).when({ type: 'IssueReminder', orderNo: 1, level: 'supervise', note: '督办' }, clock(T.later));
    expect(supervised.events?.[0]).toMatchObject({ data: { level: 'supervise', note: '督办' } });
    expect(givenIssue([...urged, ...supervised.events!]).when({ type: 'IssueReminder', orderNo: 1, level: 'urge' }, clock(T.later)).events).toEqual([]);
  });

  it('does nothing once reported, and refuses on a missing issue', () => {
    expect(givenIssue(reported()).when({ type: 'IssueReminder', orderNo: 1, level: 'urge' }, clock(T.later)).events).toEqual([]);
    expect(codeOf(givenIssue([]).when({ type: 'IssueReminder', orderNo: 1, level: 'urge' }, clock(T.later)))).toBe('NOT_FOUND');
  });
});
