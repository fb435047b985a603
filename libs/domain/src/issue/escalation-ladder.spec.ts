import { at, codeOf, coordinator, leader, supervisor, systemActor, unitUser } from '../testing/given';
import { givenIssue, ordered, play, reportRectification, T } from '../testing/issue-story';
import type { HoldInterview, RemindIssue } from './issue.commands';
import type { IssueEvent } from './issue.events';
import { foldIssue } from './issue.evolve';

/*
 * The ladder past 督办 (DESIGN §3.8): 约谈 due 5 working days after 督办 — decided from the command's own clock —,
 * the interview, and the proposal for a criticism bulletin and an accountability case when the unit still has not
 * reported by the interview's deadline. Timeline: deadline end of Mon 03-09; 督办 Wed 03-11; +5 working days →
 * end of Wed 03-18 (Shanghai).
 */

const types = (events: readonly IssueEvent[] | undefined) => (events ?? []).map((event) => event.type);
const urge: RemindIssue = { type: 'RemindIssue', level: 'urge', note: '请尽快整改' };
const supervise: RemindIssue = { type: 'RemindIssue', level: 'supervise', note: '督办' };
const interview = (overrides: Partial<HoldInterview> = {}): HoldInterview => ({
  type: 'HoldInterview', attendees: ['王校长'], problems: '留样制度未落实', commitments: '两周内整改到位', ...overrides,
});
const L = {
  urged: '2026-03-10T02:00:00.000Z',
  supervised: '2026-03-11T02:00:00.000Z',
  beforeInterviewDue: '2026-03-18T15:00:00.000Z',
  interviewDue: '2026-03-18T15:59:59.000Z',
  afterInterviewDue: '2026-03-19T01:00:00.000Z',
  interviewDeadline: '2026-03-27T15:59:59.000Z',
  afterInterviewDeadline: '2026-03-28T01:00:00.000Z',
};
const supervised = () => play([[urge, at(L.urged, supervisor)], [supervise, at(L.supervised, coordinator)]], ordered());
const interviewed = () =>
  play([[interview({ newDeadline: L.interviewDeadline }), at(L.afterInterviewDue, leader)]], supervised());

describe('manual 催办/督办 (POST /issues/:id/reminders)', () => {
  it('a 催办 on an overdue order records the overdue first, then the reminder with its actor, time and basis', () => {
    const outcome = givenIssue(ordered()).when(urge, at(L.urged, supervisor));
    expect(types(outcome.events)).toEqual(['RectificationOverdue', 'ReminderIssued']);
    expect(outcome.events?.[1].data).toEqual({ orderNo: 1, level: 'urge', note: '请尽快整改', issuedAt: L.urged, issuedBy: 'sup01', basis: 'manual' });
  });

  it('is refused before the deadline: nothing is overdue to chase', () => {
    expect(codeOf(givenIssue(ordered()).when(urge, at(T.reported, supervisor)))).toBe('LADDER_STEP_SKIPPED');
  });

  it('督办 before any 催办 skips a rung and is refused', () => {
    expect(codeOf(givenIssue(ordered()).when(supervise, at(L.urged, supervisor)))).toBe('LADDER_STEP_SKIPPED');
  });

  it('is refused once the unit reported (no order awaits its report)', () => {
    const reported = play([[reportRectification(), at(T.afterDeadline, unitUser)]], ordered());
    expect(codeOf(givenIssue(reported).when(urge, at(T.later, supervisor)))).toBe('NO_OPEN_ORDER');
  });

  it('the first 督办 starts the 约谈 clock; a second one does not move it', () => {
    const again = play([[supervise, at('2026-03-13T02:00:00.000Z', coordinator)]], supervised());
    expect(foldIssue(again)).toMatchObject({ currentOrder: { reminderLevel: 'supervise', supervisedAt: L.supervised } });
  });
});

describe('约谈 due, decided from the command clock', () => {
  it('is not due on the 5th working day after 督办', () => {
    const outcome = givenIssue(supervised()).when({ type: 'AdvanceLadder', orderNo: 1 }, at(L.beforeInterviewDue, systemActor));
    expect(outcome.events).toEqual([]);
  });

  it('the ladder clock records it once 5 working days have passed', () => {
    const outcome = givenIssue(supervised()).when({ type: 'AdvanceLadder', orderNo: 1 }, at(L.afterInterviewDue, systemActor));
    expect(outcome.events).toEqual([
      { type: 'InterviewDue', data: { orderNo: 1, basis: 'after_supervise', dueAt: L.interviewDue, detectedAt: L.afterInterviewDue, detectedBy: 'deadline-clock' } },
    ]);
  });

  it('without any clock, the next command on the issue records it first (here a feedback)', () => {
    const outcome = givenIssue(supervised()).when({ type: 'FeedBackIssue', note: '电话催促', channel: 'phone' }, at(L.afterInterviewDue, coordinator));
    expect(types(outcome.events)).toEqual(['InterviewDue', 'IssueFedBack']);
  });

  it('the interview itself records it when nobody came before', () => {
    const outcome = givenIssue(supervised()).when(interview(), at(L.afterInterviewDue, leader));
    expect(types(outcome.events)).toEqual(['InterviewDue', 'InterviewHeld']);
  });

  it('is never due without a recorded 督办 (a general issue), however late', () => {
    const urged = play([[urge, at(L.urged, supervisor)]], ordered());
    expect(givenIssue(urged).when({ type: 'AdvanceLadder', orderNo: 1 }, at('2026-05-01T01:00:00.000Z', systemActor)).events).toEqual([]);
  });

  it('a major issue starts at 约谈 as soon as it is overdue (policy)', () => {
    const outcome = givenIssue(ordered({ severity: 'major' })).when({ type: 'MarkOverdue', orderNo: 1 }, at(T.afterDeadline, systemActor));
    expect(types(outcome.events)).toEqual(['RectificationOverdue', 'InterviewDue']);
    expect(outcome.events?.[1].data).toMatchObject({ basis: 'major_issue' });
  });

  it('…unless the policy says otherwise', () => {
    const context = at(T.afterDeadline, systemActor);
    const outcome = givenIssue(ordered({ severity: 'major' })).when({ type: 'MarkOverdue', orderNo: 1 }, { ...context, policy: { ...context.policy, majorIssueStartsAtInterview: false } });
    expect(types(outcome.events)).toEqual(['RectificationOverdue']);
  });
});

describe('约谈 held (POST /issues/:id/interviews)', () => {
  it('before 约谈 is due it is refused: the ladder is not skipped', () => {
    expect(codeOf(givenIssue(supervised()).when(interview(), at(L.beforeInterviewDue, leader)))).toBe('LADDER_STEP_SKIPPED');
  });

  it('records attendees, problems, commitments and the new deadline', () => {
    const events = interviewed();
    expect(events[events.length - 1]).toEqual({
      type: 'InterviewHeld',
      data: {
        orderNo: 1, attendees: ['王校长'], problems: '留样制度未落实', commitments: '两周内整改到位', deadline: L.interviewDeadline,
        newDeadlineGiven: true, heldAt: L.afterInterviewDue, heldBy: 'leader',
      },
    });
  });

  it('without a new deadline the unit gets 10 working days', () => {
    const outcome = givenIssue(supervised()).when(interview(), at(L.afterInterviewDue, leader));
    expect(outcome.events?.[1].data).toMatchObject({ deadline: '2026-04-02T15:59:59.000Z', newDeadlineGiven: false });
  });

  it('needs at least one attendee and the problems and commitments', () => {
    const outcome = givenIssue(supervised()).when(interview({ attendees: [' '], commitments: '' }), at(L.afterInterviewDue, leader));
    expect(codeOf(outcome)).toBe('INTERVIEW_INCOMPLETE');
    expect(outcome.error?.errors?.map((e) => e.field)).toEqual(['attendees', 'commitments']);
  });

  it('a new deadline in the past is refused', () => {
    expect(codeOf(givenIssue(supervised()).when(interview({ newDeadline: L.supervised }), at(L.afterInterviewDue, leader)))).toBe('DEADLINE_NOT_IN_FUTURE');
  });

  it('is held once per order', () => {
    expect(codeOf(givenIssue(interviewed()).when(interview(), at('2026-03-20T01:00:00.000Z', leader)))).toBe('INVALID_TRANSITION');
  });
});

describe('still unrectified after the interview deadline: proposed for a criticism bulletin and a case', () => {
  it('nothing before the deadline', () => {
    expect(givenIssue(interviewed()).when({ type: 'AdvanceLadder', orderNo: 1 }, at('2026-03-27T15:00:00.000Z', systemActor)).events).toEqual([]);
  });

  it('after it, the clock (or any command) records the proposal once', () => {
    const outcome = givenIssue(interviewed()).when({ type: 'AdvanceLadder', orderNo: 1 }, at(L.afterInterviewDeadline, systemActor));
    expect(outcome.events).toEqual([
      {
        type: 'AccountabilityProposed',
        data: {
          orderNo: 1, proposals: ['criticism_bulletin', 'accountability_case'], basis: 'unrectified_after_interview',
          interviewDeadline: L.interviewDeadline, proposedAt: L.afterInterviewDeadline, proposedBy: 'deadline-clock',
        },
      },
    ]);
    expect(outcome.after).toMatchObject({ criticismProposed: true, accountabilityRequired: true });
    expect(givenIssue([...interviewed(), ...outcome.events!]).when({ type: 'AdvanceLadder', orderNo: 1 }, at(T.later.replace('03-12', '04-01'), systemActor)).events).toEqual([]);
  });

  it('a late report after the interview deadline records the proposal before the report', () => {
    const outcome = givenIssue(interviewed()).when(reportRectification(), at(L.afterInterviewDeadline, unitUser));
    expect(types(outcome.events)).toEqual(['AccountabilityProposed', 'RectificationReported']);
  });

  it('a report by the interview deadline ends the ladder', () => {
    const done = play([[reportRectification(), at('2026-03-25T01:00:00.000Z', unitUser)]], interviewed());
    expect(givenIssue(done).when({ type: 'AdvanceLadder', orderNo: 1 }, at(L.afterInterviewDeadline, systemActor)).events).toEqual([]);
  });
});
