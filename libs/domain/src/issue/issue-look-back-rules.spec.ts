import { at, codeOf, coordinator, systemActor } from '../testing/given';
import { bulletinSeesNow, givenIssue, play, recheck, reported, resultReported, T } from '../testing/issue-story';
import { foldIssue } from './issue.evolve';
import { monthsAfter } from './look-back.decide';

const close = { type: 'CloseIssue' as const };
// Reported Thu 5 March 2026: 10 working days later is Thu 19 March (end of day, Shanghai).
const RECHECK_DUE = '2026-03-19T15:59:59.000Z';
const closedMajor = () => play([[close, at(T.later)]], resultReported({ severity: 'major' }));
const closedGeneral = () => play([[close, at(T.later)]], resultReported());

describe('回头看 scheduled on closing a major issue', () => {
  it('closing a major issue schedules its look-back 3 months later, in the same append', () => {
    const outcome = givenIssue(resultReported({ severity: 'major' })).when(close, at(T.later));
    expect(outcome.events!.map((e) => e.type)).toEqual(['IssueClosed', 'LookBackScheduled']);
    expect(outcome.events![1].data).toEqual({ dueAt: '2026-06-12T15:59:59.000Z', reason: 'major_issue', scheduledAt: T.later });
    expect(outcome.after).toMatchObject({ status: 'closed', pendingLookBack: { dueAt: '2026-06-12T15:59:59.000Z', reason: 'major_issue', overdueMarked: false } });
  });

  it('closing a general issue schedules nothing', () => {
    expect(givenIssue(resultReported()).when(close, at(T.later)).events!.map((e) => e.type)).toEqual(['IssueClosed']);
  });

  it('counts months on the Shanghai calendar, clamped to the month’s end', () => {
    expect(monthsAfter('2026-11-30T17:00:00.000Z', 3)).toBe('2027-03-01T15:59:59.000Z'); // 1 Dec Shanghai + 3 months
    expect(monthsAfter('2026-11-30T02:00:00.000Z', 3)).toBe('2027-02-28T15:59:59.000Z'); // 30 Nov → 28 Feb
  });

  it('a conducted look-back ends the pending one; relapse reopens', () => {
    const after = play([[{ type: 'ConductLookBack', outcome: 'sustained', findings: '未反弹' }, at('2026-06-01T02:00:00.000Z', coordinator)]], closedMajor());
    expect(foldIssue(after)).toMatchObject({ status: 'closed', pendingLookBack: null, lastLookBack: { outcome: 'sustained' } });
  });
});

describe('ScheduleLookBack (a sampled issue)', () => {
  const schedule = { type: 'ScheduleLookBack' as const, dueAt: '2026-06-30T15:59:59Z', reason: 'sampled' as const, sampleId: 'lookback-county-a-2026Q1' };

  it('schedules a look-back on a closed issue, once', () => {
    const events = givenIssue(closedGeneral()).when(schedule, at('2026-04-01T02:00:00.000Z', systemActor)).events!;
    expect(events).toEqual([{ type: 'LookBackScheduled', data: { dueAt: '2026-06-30T15:59:59.000Z', reason: 'sampled', sampleId: 'lookback-county-a-2026Q1', scheduledAt: '2026-04-01T02:00:00.000Z' } }]);
    expect(givenIssue([...closedGeneral(), ...events]).when(schedule, at('2026-04-01T02:00:00.000Z', systemActor)).events).toEqual([]);
  });

  it('INVALID_TRANSITION on an issue that is not closed', () => {
    expect(codeOf(givenIssue(reported()).when(schedule, at(T.later, systemActor)))).toBe('INVALID_TRANSITION');
  });

  it('a look-back past its due date is recorded overdue once, by the clock or first thing by the next command', () => {
    const late = '2026-06-15T01:00:00.000Z';
    const marked = givenIssue(closedMajor()).when({ type: 'MarkLookBackOverdue' }, at(late, systemActor)).events!;
    expect(marked).toEqual([{ type: 'LookBackOverdue', data: { dueAt: '2026-06-12T15:59:59.000Z', detectedAt: late } }]);
    expect(givenIssue([...closedMajor(), ...marked]).when({ type: 'MarkLookBackOverdue' }, at(late, systemActor)).events).toEqual([]);
    const conducted = givenIssue(closedMajor()).when({ type: 'ConductLookBack', outcome: 'sustained', findings: '未反弹' }, at(late, coordinator)).events!;
    expect(conducted.map((e) => e.type)).toEqual(['LookBackOverdue', 'LookBackConducted']);
    expect(givenIssue(closedMajor()).when({ type: 'MarkLookBackOverdue' }, at('2026-06-12T15:59:59.000Z', systemActor)).events).toEqual([]);
  });
});

describe('recheck due: 10 working days after the report (不复查 is the office’s failure)', () => {
  it('nothing is due on the last second of the tenth working day', () => {
    expect(givenIssue(reported()).when({ type: 'MarkRecheckOverdue', orderNo: 1 }, at(RECHECK_DUE, systemActor)).events).toEqual([]);
  });

  it('after it, the clock records RecheckOverdue once', () => {
    const after = '2026-03-19T16:00:00.000Z';
    const marked = givenIssue(reported()).when({ type: 'MarkRecheckOverdue', orderNo: 1 }, at(after, systemActor));
    expect(marked.events).toEqual([{ type: 'RecheckOverdue', data: { orderNo: 1, reportedAt: T.reported, dueBy: RECHECK_DUE, detectedAt: after } }]);
    expect(marked.after).toMatchObject({ status: 'awaiting_recheck', currentOrder: { recheckOverdueMarked: true, recheckDueBy: RECHECK_DUE } });
    expect(givenIssue([...reported(), ...marked.events!]).when({ type: 'MarkRecheckOverdue', orderNo: 1 }, at(after, systemActor)).events).toEqual([]);
  });

  it('a late recheck records the lateness first, decided from its own clock, then the recheck', () => {
    const events = givenIssue(reported()).when(recheck('passed'), at('2026-03-23T02:00:00.000Z')).events!;
    expect(events.map((e) => e.type)).toEqual(['RecheckOverdue', 'RecheckConducted']);
  });

  it('a timely recheck records nothing more; a refused command records nothing at all', () => {
    expect(givenIssue(reported()).when(recheck('passed'), at(T.rechecked)).events!.map((e) => e.type)).toEqual(['RecheckConducted']);
    expect(codeOf(givenIssue(reported()).when(close, at('2026-03-23T02:00:00.000Z')))).toBe('RECHECK_REQUIRED');
  });

  it('no recheck is due on an issue rechecked already', () => {
    const history = play([[bulletinSeesNow(), at(T.later, coordinator)]], play([[recheck('passed'), at(T.rechecked)]], reported()));
    expect(givenIssue(history).when({ type: 'MarkRecheckOverdue', orderNo: 1 }, at('2026-04-01T02:00:00.000Z', systemActor)).events).toEqual([]);
  });
});
