import { at, codeOf, coordinator, leader, unitUser } from '../testing/given';
import { givenIssue, orderRectification, ordered, play, recheck, rectified, registered, reported, T } from '../testing/issue-story';
import { foldIssue } from './issue.evolve';

const requestExtension = (proposedDeadline = '2026-03-20T15:59:59.000Z') => ({
  type: 'RequestExtension' as const,
  proposedDeadline,
  reason: 'The fridge is on back-order.',
});
const approve = (newDeadline?: string) => ({ type: 'DecideExtension' as const, approved: true, ...(newDeadline ? { newDeadline } : {}) });
const report = { type: 'ReportRectification' as const, measures: 'done', evidence: [] };

describe('ORDER_ALREADY_OPEN', () => {
  it('refuses a second order while one is open or awaiting recheck', () => {
    expect(codeOf(givenIssue(ordered()).when(orderRectification(), at(T.reported)))).toBe('ORDER_ALREADY_OPEN');
    expect(codeOf(givenIssue(reported()).when(orderRectification(), at(T.reported)))).toBe('ORDER_ALREADY_OPEN');
  });

  it('orders rectification with a computed deadline, and a next orderNo after a failed recheck', () => {
    const first = givenIssue(registered()).when(orderRectification(), at(T.ordered));
    expect(first.events?.[0]).toMatchObject({
      type: 'RectificationOrdered',
      data: { orderNo: 1, deadline: T.deadline, deadlineRule: { kind: 'workingDays', days: 5 }, orderedAt: T.ordered, orderedBy: 'sup01' },
    });
    expect(first.after).toMatchObject({ status: 'rectifying', deadline: T.deadline, ordersIssued: 1 });
    const failed = play([[recheck('failed'), at(T.rechecked)]], reported());
    expect(foldIssue(failed)).toMatchObject({ status: 'open', deadline: null, currentOrder: { orderNo: 1, reported: false } });
    const second = givenIssue(failed).when(orderRectification({ kind: 'calendarDays', days: 10 }), at(T.rechecked));
    expect(second.events?.[0]).toMatchObject({ data: { orderNo: 2, deadline: '2026-03-16T15:59:59.000Z' } });
  });
});

describe('NO_OPEN_ORDER', () => {
  it('refuses a report or an extension request when no order is open', () => {
    expect(codeOf(givenIssue(registered()).when(report, at(T.reported, unitUser)))).toBe('NO_OPEN_ORDER');
    expect(codeOf(givenIssue(rectified()).when(requestExtension(), at(T.later, unitUser)))).toBe('NO_OPEN_ORDER');
  });

  it('accepts a report against the open order', () => {
    const outcome = givenIssue(ordered()).when(report, at(T.reported, unitUser));
    expect(outcome.events?.[0]).toMatchObject({ type: 'RectificationReported', data: { orderNo: 1, reportedAt: T.reported, reportedBy: 'unit001' } });
    expect(outcome.after).toMatchObject({ status: 'awaiting_recheck', currentOrder: { reported: true, reportedAt: T.reported } });
  });
});

describe('DEADLINE_NOT_IN_FUTURE', () => {
  it('refuses an explicit deadline in the past', () => {
    const past = orderRectification({ kind: 'explicit', deadline: '2026-03-01T00:00:00Z' });
    expect(codeOf(givenIssue(registered()).when(past, at(T.ordered)))).toBe('DEADLINE_NOT_IN_FUTURE');
  });

  it('accepts an explicit deadline in the future', () => {
    const future = orderRectification({ kind: 'explicit', deadline: '2026-03-20T18:00:00+08:00' });
    expect(givenIssue(registered()).when(future, at(T.ordered)).events?.[0]).toMatchObject({
      data: { deadline: '2026-03-20T10:00:00.000Z', deadlineRule: { kind: 'explicit', explicit: '2026-03-20T10:00:00.000Z' } },
    });
  });
});

describe('DEADLINE_TOO_FAR', () => {
  it('refuses a deadline beyond the policy maximum', () => {
    expect(codeOf(givenIssue(registered()).when(orderRectification({ kind: 'calendarDays', days: 91 }), at(T.ordered)))).toBe('DEADLINE_TOO_FAR');
    const farExplicit = orderRectification({ kind: 'explicit', deadline: '2026-06-30T00:00:00Z' });
    expect(codeOf(givenIssue(registered()).when(farExplicit, at(T.ordered)))).toBe('DEADLINE_TOO_FAR');
  });

  it('refuses working days that reach beyond the maximum', () => {
    expect(codeOf(givenIssue(registered()).when(orderRectification({ kind: 'workingDays', days: 70 }), at(T.ordered)))).toBe('DEADLINE_TOO_FAR');
  });

  it('accepts the maximum itself, even when its last day moves off a weekend', () => {
    // 2026-03-02 + 90 days = Sunday 05-31 → Monday 06-01
    const outcome = givenIssue(registered()).when(orderRectification({ kind: 'calendarDays', days: 90 }), at(T.ordered));
    expect(outcome.events?.[0]).toMatchObject({ data: { deadline: '2026-06-01T15:59:59.000Z' } });
    const explicit = orderRectification({ kind: 'explicit', deadline: '2026-05-31T15:59:59Z' });
    expect(codeOf(givenIssue(registered()).when(explicit, at(T.ordered)))).toBe('ACCEPTED');
  });
});

describe('EXTENSION_NOT_ALLOWED', () => {
  it('refuses a request after the deadline', () => {
    expect(codeOf(givenIssue(ordered()).when(requestExtension(), at(T.afterDeadline, unitUser)))).toBe('EXTENSION_NOT_ALLOWED');
  });

  it('refuses a proposed deadline not later than the current one', () => {
    expect(codeOf(givenIssue(ordered()).when(requestExtension(T.deadline), at(T.reported, unitUser)))).toBe('EXTENSION_NOT_ALLOWED');
  });

  it('refuses a third request and a decision with nothing pending', () => {
    const twice = play(
      [
        [requestExtension('2026-03-13T15:59:59Z'), at(T.reported, unitUser)],
        [approve(), at(T.reported)],
        [requestExtension('2026-03-20T15:59:59Z'), at(T.rechecked, unitUser)],
        [{ type: 'DecideExtension', approved: false, note: 'no' }, at(T.rechecked)],
      ],
      ordered(),
    );
    expect(foldIssue(twice)).toMatchObject({ deadline: '2026-03-13T15:59:59.000Z', currentOrder: { extensionsUsed: 2 } });
    expect(codeOf(givenIssue(twice).when(requestExtension('2026-03-27T15:59:59Z'), at(T.rechecked, unitUser)))).toBe('EXTENSION_NOT_ALLOWED');
    expect(codeOf(givenIssue(twice).when(approve(), at(T.rechecked)))).toBe('EXTENSION_NOT_ALLOWED');
  });

  it('refuses a second request while one is pending', () => {
    const pending = play([[requestExtension(), at(T.reported, unitUser)]], ordered());
    expect(codeOf(givenIssue(pending).when(requestExtension(), at(T.reported, unitUser)))).toBe('EXTENSION_NOT_ALLOWED');
  });

  it('grants the proposed deadline, or the one the decider sets', () => {
    const pending = play([[requestExtension(), at(T.reported, unitUser)]], ordered());
    expect(foldIssue(pending)).toMatchObject({ currentOrder: { pendingExtension: { proposedDeadline: '2026-03-20T15:59:59.000Z' } } });
    const asProposed = givenIssue(pending).when(approve(), at(T.reported));
    expect(asProposed.events?.[0]).toMatchObject({ type: 'ExtensionDecided', data: { approved: true, newDeadline: '2026-03-20T15:59:59.000Z', orderNo: 1 } });
    expect(asProposed.after).toMatchObject({ deadline: '2026-03-20T15:59:59.000Z', currentOrder: { deadline: '2026-03-20T15:59:59.000Z' } });
    expect(asProposed.after.status === 'rectifying' && asProposed.after.currentOrder.pendingExtension).toBeUndefined();
    const shorter = givenIssue(pending).when(approve('2026-03-16T15:59:59.000Z'), at(T.reported));
    expect(shorter.after).toMatchObject({ deadline: '2026-03-16T15:59:59.000Z' });
  });
});

describe('EXTENSION_NOT_ALLOWED (who decides)', () => {
  const requested = () => play([[requestExtension(), at(T.reported, unitUser)]], ordered());
  const otherSupervisor = { id: 'sup02', role: 'supervisor' as const, regionId: 'county-a' };

  it('is decided by whoever issued the order', () => {
    expect(codeOf(givenIssue(requested()).when(approve(), at(T.reported)))).toBe('ACCEPTED');
  });

  it('or by a coordinator', () => {
    expect(codeOf(givenIssue(requested()).when(approve(), at(T.reported, coordinator)))).toBe('ACCEPTED');
  });

  it('but not by another supervisor, nor by a leader', () => {
    const outcome = givenIssue(requested()).when(approve(), at(T.reported, otherSupervisor));
    expect(codeOf(outcome)).toBe('EXTENSION_NOT_ALLOWED');
    expect(outcome.error?.detail).toContain('sup01');
    expect(codeOf(givenIssue(requested()).when({ ...approve(), approved: false }, at(T.reported, leader)))).toBe('EXTENSION_NOT_ALLOWED');
  });
});
