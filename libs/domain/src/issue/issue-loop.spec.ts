import { at, codeOf, coordinator, leader, systemActor, unitUser } from '../testing/given';
import { bulletinSeesNow, closed, givenIssue, ordered, orderRectification, play, recheck, registerIssue, reportRectification, T } from '../testing/issue-story';
import { ISSUE_EVENT_TYPES } from './issue.events';
import { foldIssue } from './issue.evolve';

describe('the full loop', () => {
  it('register → feed back → order → report → recheck passed → result reported → close', () => {
    const events = play([
      [registerIssue(), at(T.registered)],
      [{ type: 'FeedBackIssue', note: '现场反馈', channel: 'on_site' }, at(T.registered)],
      [orderRectification(), at(T.ordered)],
      [reportRectification(), at(T.reported, unitUser)],
      [recheck('passed'), at(T.rechecked)],
      [bulletinSeesNow('b-1', 'public'), at(T.later, coordinator)],
      [{ type: 'CloseIssue', note: '销号' }, at(T.later)],
    ]);
    expect(events.map((event) => event.type)).toEqual([
      'IssueRegistered', 'IssueFedBack', 'RectificationOrdered', 'RectificationReported', 'RecheckConducted', 'ResultReported', 'IssueClosed',
    ]);
    expect(events.every((event) => ISSUE_EVENT_TYPES.includes(event.type))).toBe(true);
    expect(foldIssue(events)).toMatchObject({
      status: 'closed', closedAt: T.later, version: 7, ordersIssued: 1, deadline: null, resultReported: true,
      reportedBulletinIds: ['b-1'], accountabilityRequired: false, failedRechecks: 0,
      currentOrder: { orderNo: 1, deadline: T.deadline, reported: true, reportedAt: T.reported },
    });
  });
});

describe('relapse at a look-back', () => {
  it('reopens the issue, which then needs a new order, a passed recheck, accountability and a new report', () => {
    const lookBack = givenIssue(closed()).when({ type: 'ConductLookBack', outcome: 'relapsed', findings: '又出现' }, at('2026-06-01T02:00:00Z'));
    expect(lookBack.events?.map((event) => event.type)).toEqual(['LookBackConducted', 'IssueReopened']);
    expect(lookBack.events?.[1].data).toEqual({ reason: '又出现', reopenedAt: '2026-06-01T02:00:00Z', reopenedBy: 'sup01' });
    expect(lookBack.after).toMatchObject({
      status: 'open', closedAt: null, accountabilityRequired: true, accountabilityReasons: ['relapsed'], resultReported: false,
    });

    const again = play(
      [
        [orderRectification(), at('2026-06-01T03:00:00Z')],
        [reportRectification(), at('2026-06-03T02:00:00Z', unitUser)],
        [recheck('passed'), at('2026-06-04T02:00:00Z')],
        [bulletinSeesNow('b-2', 'public'), at('2026-06-05T02:00:00Z')],
      ],
      [...closed(), ...lookBack.events!],
    );
    expect(foldIssue(again)).toMatchObject({ status: 'rectified', currentOrder: { orderNo: 2 } });
    expect(codeOf(givenIssue(again).when({ type: 'CloseIssue' }, at('2026-06-05T03:00:00Z')))).toBe('ACCOUNTABILITY_REQUIRED');
    const decided = play(
      [
        [{ type: 'DecideAccountability', targets: [{ kind: 'person', name: '校长', unitId: 'unit-1' }], measures: ['interview'], basis: 'b' }, at('2026-06-05T03:00:00Z', leader)],
        [bulletinSeesNow('b-3', 'internal'), at('2026-06-05T04:00:00Z')],
      ],
      again,
    );
    expect(decided.at(-2)).toMatchObject({ type: 'AccountabilityDecided', data: { reasons: ['relapsed'] } });
    expect(codeOf(givenIssue(decided).when({ type: 'CloseIssue' }, at('2026-06-05T05:00:00Z')))).toBe('ACCEPTED');
  });

  it('a sustained look-back leaves the issue closed', () => {
    const outcome = givenIssue(closed()).when({ type: 'ConductLookBack', outcome: 'sustained', findings: '保持' }, at('2026-06-01T02:00:00Z'));
    expect(outcome.events).toHaveLength(1);
    expect(outcome.after.status).toBe('closed');
  });
});

describe('overdue → accountability', () => {
  it('an overdue order must be answered with an accountability decision before closing', () => {
    const events = play(
      [
        [{ type: 'MarkDueSoon', orderNo: 1 }, at('2026-03-05T02:00:00Z', systemActor)],
        [{ type: 'MarkOverdue', orderNo: 1 }, at(T.afterDeadline, systemActor)],
        [{ type: 'IssueReminder', orderNo: 1, level: 'urge' }, at(T.afterDeadline, systemActor)],
        [reportRectification(), at('2026-03-11T02:00:00Z', unitUser)],
        [recheck('passed'), at('2026-03-12T02:00:00Z')],
        [bulletinSeesNow('b-1', 'public'), at('2026-03-13T02:00:00Z')],
      ],
      ordered(),
    );
    expect(events.map((event) => event.type).slice(2)).toEqual([
      'RectificationDueSoon', 'RectificationOverdue', 'ReminderIssued', 'RectificationReported', 'RecheckConducted', 'ResultReported',
    ]);
    expect(foldIssue(events)).toMatchObject({ status: 'rectified', overdue: false, accountabilityRequired: true, accountabilityReasons: ['overdue'] });
    expect(codeOf(givenIssue(events).when({ type: 'CloseIssue' }, at('2026-03-13T03:00:00Z')))).toBe('ACCOUNTABILITY_REQUIRED');

    const answered = play(
      [
        [{ type: 'DecideAccountability', targets: [{ kind: 'unit', name: '一小', unitId: 'unit-1' }], measures: ['public_criticism'], basis: 'b' }, at('2026-03-13T03:00:00Z', leader)],
        [bulletinSeesNow('b-2', 'public'), at('2026-03-13T04:00:00Z')],
      ],
      events,
    );
    expect(foldIssue(answered)).toMatchObject({ accountabilityRequired: false, accountabilityDecided: true, accountabilityReasons: ['overdue'] });
    expect(codeOf(givenIssue(answered).when({ type: 'CloseIssue' }, at('2026-03-13T05:00:00Z')))).toBe('ACCEPTED');
  });
});
