import { at, codeOf, unitUser } from '../testing/given';
import { assigned, assistingUser, givenMatter, leadUser, M, office, play, submitted } from '../testing/matter';
import type { MatterCommand } from './matter.commands';
import { foldMatter } from './matter.evolve';

const submit: MatterCommand = { type: 'SubmitMatterCompletion', result: '已全部落实', evidence: [{ name: '报告.pdf', sha256: 'c'.repeat(64) }] };
const returnIt: MatterCommand = { type: 'ReviewMatterCompletion', outcome: 'returned', note: '经费未到位，退回重办' };
const accept: MatterCommand = { type: 'ReviewMatterCompletion', outcome: 'accepted', note: '' };

describe('办理 ReportMatterProgress', () => {
  it('the lead and the assisting units report progress; others are refused', () => {
    const given = givenMatter(assigned());
    expect(given.when({ type: 'ReportMatterProgress', progress: '已拨付一半' }, at(M.beforeDue, assistingUser)).events?.[0]).toMatchObject({
      type: 'MatterProgressReported', data: { unitId: 'unit-2', progress: '已拨付一半' },
    });
    expect(codeOf(given.when({ type: 'ReportMatterProgress', progress: 'x' }, at(M.beforeDue, { ...unitUser, unitId: 'unit-9' })))).toBe('NOT_HANDLING_UNIT');
  });

  it('INVALID_TRANSITION before assignment', () => {
    const registeredOnly = play([], assigned().slice(0, 1));
    expect(codeOf(givenMatter(registeredOnly).when({ type: 'ReportMatterProgress', progress: 'x' }, at(M.beforeDue, leadUser)))).toBe('INVALID_TRANSITION');
  });
});

describe('完成报送 SubmitMatterCompletion', () => {
  it('by the lead unit, on time before the due date', () => {
    const outcome = givenMatter(assigned()).when(submit, at(M.beforeDue, leadUser));
    expect(outcome.events).toEqual([
      { type: 'MatterCompletionSubmitted', data: { result: '已全部落实', evidence: [{ name: '报告.pdf', sha256: 'c'.repeat(64) }], late: false, dueAt: M.dueNormal, submittedBy: 'unit001', submittedAt: M.beforeDue } },
    ]);
    expect(outcome.after).toMatchObject({ status: 'submitted', submissions: 1 });
  });

  it('NOT_LEAD_UNIT for an assisting unit, the office or the clock', () => {
    expect(codeOf(givenMatter(assigned()).when(submit, at(M.beforeDue, assistingUser)))).toBe('NOT_LEAD_UNIT');
    expect(codeOf(givenMatter(assigned()).when(submit, at(M.beforeDue, office)))).toBe('NOT_LEAD_UNIT');
    expect(codeOf(givenMatter(assigned()).when(submit, at(M.beforeDue, { id: 'system:x', role: 'system' })))).toBe('NOT_LEAD_UNIT');
  });

  it('after the due date: overdue recorded first, in the same append, and the submission late', () => {
    const events = givenMatter(assigned()).when(submit, at(M.afterDue, leadUser)).events!;
    expect(events.map((e) => e.type)).toEqual(['MatterOverdue', 'MatterCompletionSubmitted']);
    expect(events[0].data).toEqual({ dueAt: M.dueNormal, detectedAt: M.afterDue });
    expect(events[1].data).toMatchObject({ late: true });
  });

  it('INVALID_TRANSITION when already submitted', () => {
    expect(codeOf(givenMatter(submitted()).when(submit, at(M.beforeDue, leadUser)))).toBe('INVALID_TRANSITION');
  });
});

describe('审核 ReviewMatterCompletion and 办结 CloseMatter', () => {
  it('sent back once, submitted again and accepted, then closed', () => {
    const events = play(
      [
        [returnIt, M.beforeDue],
        [submit, M.beforeDue, leadUser],
        [accept, M.beforeDue],
        [{ type: 'CloseMatter', note: '办结' }, M.beforeDue],
      ],
      submitted(),
    );
    expect(foldMatter(events)).toMatchObject({ status: 'closed', submissions: 2, returns: 1, closedAt: M.beforeDue });
  });

  it('a return needs its reason; only a submitted matter is reviewed', () => {
    expect(codeOf(givenMatter(submitted()).when({ ...returnIt, note: ' ' } as MatterCommand, at(M.beforeDue, office)))).toBe('INVALID_TRANSITION');
    expect(codeOf(givenMatter(assigned()).when(accept, at(M.beforeDue, office)))).toBe('INVALID_TRANSITION');
  });

  it('a return after the due date makes the matter overdue in the same append', () => {
    const events = givenMatter(submitted()).when(returnIt, at(M.afterDue, office)).events!;
    expect(events.map((e) => e.type)).toEqual(['MatterCompletionReviewed', 'MatterOverdue']);
  });

  it('only an accepted matter closes, and a closed matter takes nothing more', () => {
    expect(codeOf(givenMatter(submitted()).when({ type: 'CloseMatter' }, at(M.beforeDue, office)))).toBe('INVALID_TRANSITION');
    const closed = play([[accept, M.beforeDue], [{ type: 'CloseMatter' }, M.beforeDue]], submitted());
    expect(codeOf(givenMatter(closed).when({ type: 'CloseMatter' }, at(M.later, office)))).toBe('MATTER_CLOSED');
    expect(codeOf(givenMatter(closed).when(submit, at(M.later, leadUser)))).toBe('MATTER_CLOSED');
    expect(givenMatter(closed).when({ type: 'MarkMatterOverdue' }, at(M.later, office)).events).toEqual([]);
  });
});
