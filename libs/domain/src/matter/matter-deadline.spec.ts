import { at, codeOf } from '../testing/given';
import { assigned, clock, givenMatter, leadUser, M, office, play, submitted } from '../testing/matter';
import type { MatterCommand } from './matter.commands';
import { foldMatter } from './matter.evolve';

const ask = (proposedDueAt = '2026-03-31T15:59:59.000Z'): MatterCommand => ({ type: 'RequestMatterExtension', proposedDueAt, reason: '需协调财政', progress: '已完成一半' });
const approve = (newDueAt?: string): MatterCommand => ({ type: 'DecideMatterExtension', approved: true, newDueAt, note: '同意' });
const refuse: MatterCommand = { type: 'DecideMatterExtension', approved: false, note: '不同意' };

describe('overdue from the command clock; the clock only earlier', () => {
  it('MarkMatterOverdue records overdue once, after the due date only', () => {
    expect(givenMatter(assigned()).when({ type: 'MarkMatterOverdue' }, at(M.dueNormal, clock)).events).toEqual([]);
    const once = givenMatter(assigned()).when({ type: 'MarkMatterOverdue' }, at(M.afterDue, clock));
    expect(once.events).toEqual([{ type: 'MatterOverdue', data: { dueAt: M.dueNormal, detectedAt: M.afterDue } }]);
    expect(givenMatter([...assigned(), ...once.events!]).when({ type: 'MarkMatterOverdue' }, at(M.later, clock)).events).toEqual([]);
  });

  it('any accepted command past the due date records it first, whether or not the clock ran', () => {
    const events = givenMatter(assigned()).when({ type: 'ReportMatterProgress', progress: '推进中' }, at(M.afterDue, leadUser)).events!;
    expect(events.map((e) => e.type)).toEqual(['MatterOverdue', 'MatterProgressReported']);
  });

  it('a submitted matter is not overdue while it waits for review', () => {
    expect(givenMatter(submitted()).when({ type: 'MarkMatterOverdue' }, at(M.afterDue, clock)).events).toEqual([]);
  });
});

describe('催办 → 督办 reminders', () => {
  it('the office may remind at any time while the matter is handled', () => {
    const events = givenMatter(assigned()).when({ type: 'IssueMatterReminder', level: 'urge', note: '请抓紧' }, at(M.beforeDue, office)).events!;
    expect(events).toEqual([{ type: 'MatterReminderIssued', data: { level: 'urge', note: '请抓紧', dueAt: M.dueNormal, issuedBy: 'coordinator', issuedAt: M.beforeDue } }]);
    expect(codeOf(givenMatter(submitted()).when({ type: 'IssueMatterReminder', level: 'urge' }, at(M.beforeDue, office)))).toBe('INVALID_TRANSITION');
  });

  it('the clock urges only once overdue, and supervises 5 working days after the due date', () => {
    const given = assigned();
    expect(givenMatter(given).when({ type: 'IssueMatterReminder', level: 'urge' }, at(M.beforeDue, clock)).events).toEqual([]);
    const urged = play([[{ type: 'IssueMatterReminder', level: 'urge' }, M.afterDue, clock]], given);
    expect(urged.slice(given.length).map((e) => e.type)).toEqual(['MatterOverdue', 'MatterReminderIssued']);
    // due Tue 03-17; 5 working days later is Tue 03-24
    expect(givenMatter(urged).when({ type: 'IssueMatterReminder', level: 'supervise' }, at('2026-03-24T08:00:00.000Z', clock)).events).toEqual([]);
    const supervised = givenMatter(urged).when({ type: 'IssueMatterReminder', level: 'supervise' }, at('2026-03-25T01:00:00.000Z', clock));
    expect(supervised.after).toMatchObject({ reminderLevel: 'supervise' });
    // idempotent for the clock: a level reached is not issued again
    expect(givenMatter([...urged, ...supervised.events!]).when({ type: 'IssueMatterReminder', level: 'urge' }, at(M.later, clock)).events).toEqual([]);
  });
});

describe('延期 extensions: only before the due date', () => {
  it('requested by the lead unit before the due date and approved with a concrete new date', () => {
    const events = play([[ask(), M.beforeDue, leadUser], [approve(), M.beforeDue]], assigned());
    expect(foldMatter(events)).toMatchObject({ extensionsGranted: 1, pendingExtension: null, assignment: { dueAt: '2026-03-31T15:59:59.000Z' } });
    expect(events[events.length - 1].data).toMatchObject({ approved: true, previousDueAt: M.dueNormal, newDueAt: '2026-03-31T15:59:59.000Z' });
  });

  it('EXTENSION_NOT_ALLOWED after the due date (and overdue is not recorded by a refused command)', () => {
    const outcome = givenMatter(assigned()).when(ask(), at(M.afterDue, leadUser));
    expect(codeOf(outcome)).toBe('EXTENSION_NOT_ALLOWED');
    expect(outcome.after).toBe(outcome.before);
  });

  it('EXTENSION_NOT_ALLOWED: a new date not later, one pending already, beyond maxExtensions, nothing pending to decide', () => {
    expect(codeOf(givenMatter(assigned()).when(ask(M.dueNormal), at(M.beforeDue, leadUser)))).toBe('EXTENSION_NOT_ALLOWED');
    const pending = play([[ask(), M.beforeDue, leadUser]], assigned());
    expect(codeOf(givenMatter(pending).when(ask(), at(M.beforeDue, leadUser)))).toBe('EXTENSION_NOT_ALLOWED');
    const twice = play([[approve(), M.beforeDue], [ask('2026-04-10T15:59:59.000Z'), M.beforeDue, leadUser], [approve(), M.beforeDue]], pending);
    expect(codeOf(givenMatter(twice).when(ask('2026-04-20T15:59:59.000Z'), at(M.beforeDue, leadUser)))).toBe('EXTENSION_NOT_ALLOWED');
    expect(codeOf(givenMatter(assigned()).when(approve('2026-03-31T15:59:59.000Z'), at(M.beforeDue, office)))).toBe('EXTENSION_NOT_ALLOWED');
  });

  it('DEADLINE_TOO_FAR beyond the policy maximum; NOT_LEAD_UNIT for an assisting unit', () => {
    expect(codeOf(givenMatter(assigned()).when(ask('2026-12-31T15:59:59.000Z'), at(M.beforeDue, leadUser)))).toBe('DEADLINE_TOO_FAR');
    expect(codeOf(givenMatter(assigned()).when(ask(), at(M.beforeDue, { id: 'unit002', role: 'unit', unitId: 'unit-2' })))).toBe('NOT_LEAD_UNIT');
  });

  it('a pending request holds overdue off; refused after the due date → overdue in the same append', () => {
    const pending = play([[ask(), M.beforeDue, leadUser]], assigned());
    expect(givenMatter(pending).when({ type: 'MarkMatterOverdue' }, at(M.afterDue, clock)).events).toEqual([]);
    expect(givenMatter(pending).when(refuse, at(M.afterDue, office)).events!.map((e) => e.type)).toEqual(['MatterExtensionDecided', 'MatterOverdue']);
    expect(givenMatter(pending).when(approve(), at(M.afterDue, office)).events!.map((e) => e.type)).toEqual(['MatterExtensionDecided']);
  });
});
