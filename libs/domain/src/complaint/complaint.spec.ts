import type { Actor } from '../shared/actor';
import { at, codeOf, coordinator, scenario } from '../testing/given';
import type { ComplaintCommand, ReceiveComplaint } from './complaint.commands';
import { decideComplaint } from './complaint.decide';
import type { ComplaintEvent } from './complaint.events';
import { evolveComplaint, foldComplaint } from './complaint.evolve';
import { initialComplaintState, type ComplaintState } from './complaint.state';

const givenComplaint = scenario<ComplaintCommand, ComplaintEvent, ComplaintState>({ decide: decideComplaint, evolve: evolveComplaint, initialState: initialComplaintState });
const assigned: Actor = { id: 'user-sup01', role: 'supervisor', regionId: 'county-a', supervisorId: 'sup01' };
const other: Actor = { id: 'user-sup02', role: 'supervisor', regionId: 'county-a', supervisorId: 'sup02' };
const staff: Actor = coordinator;

// Monday 2 March 2026, 10:00 Shanghai. 15 working days later (no holiday in between) is Monday 23 March.
const RECEIVED = '2026-03-02T02:00:00.000Z';
const VERIFY_BY = '2026-03-23T15:59:59.000Z';
const receive = (overrides: Partial<ReceiveComplaint> = {}): ReceiveComplaint => ({
  type: 'ReceiveComplaint', complaintId: 'c-1', unitId: 'unit-1', regionId: 'county-a', channel: 'hotline', summary: '食堂卫生差',
  anonymous: false, complainant: { name: '王五', phone: '13800000000' }, defaultSupervisorId: 'sup01', number: '示范县督诉〔2026〕1号', ...overrides,
});
const received = (overrides: Partial<ReceiveComplaint> = {}) => givenComplaint([]).when(receive(overrides), at(RECEIVED, staff)).events!;
const verify = (outcome: 'substantiated' | 'partly' | 'unsubstantiated', issueIds: string[]): ComplaintCommand => ({ type: 'VerifyComplaint', outcome, findings: '经实地核实', issueIds });
const DURING = '2026-03-10T02:00:00.000Z';
const verified = (given = received()) => [...given, ...givenComplaint(given).when(verify('substantiated', ['issue-1']), at(DURING, assigned)).events!];

describe('ReceiveComplaint', () => {
  it('records the complaint with a deadline of 15 working days and assigns the school’s responsibility supervisor', () => {
    const events = received();
    expect(events.map((e) => e.type)).toEqual(['ComplaintReceived', 'ComplaintAssigned']);
    expect(events[0].data).toMatchObject({ channel: 'hotline', anonymous: false, complainant: { name: '王五', phone: '13800000000' }, verifyBy: VERIFY_BY, receivedBy: 'coordinator', number: '示范县督诉〔2026〕1号' });
    expect(events[1].data).toEqual({ supervisorId: 'sup01', verifyBy: VERIFY_BY, reason: 'default', assignedAt: RECEIVED, assignedBy: 'coordinator' });
    expect(foldComplaint(events)).toMatchObject({ status: 'assigned', supervisorId: 'sup01', version: 2 });
  });

  it('counts working days on the calendar: across the Qingming holiday the deadline moves', () => {
    // Wed 1 April 2026; 清明 Sat 4 – Mon 6 April 2026 is a rest day → 15 working days end Thu 23 April (not Wed 22)
    const events = givenComplaint([]).when(receive(), at('2026-04-01T02:00:00.000Z', staff)).events!;
    expect((events[0].data as { verifyBy: string }).verifyBy).toBe('2026-04-23T15:59:59.000Z');
  });

  it('stays unassigned when the school has no responsibility supervisor', () => {
    const events = received({ defaultSupervisorId: null });
    expect(events.map((e) => e.type)).toEqual(['ComplaintReceived']);
    expect(foldComplaint(events).status).toBe('received');
  });

  it('keeps no name of an anonymous complainant', () => {
    const events = received({ anonymous: true, complainant: { name: '王五', phone: '1' } });
    expect(events[0].data).toMatchObject({ anonymous: true, complainant: null });
  });

  it('COMPLAINANT_REQUIRED when not anonymous and name or contact is missing', () => {
    expect(codeOf(givenComplaint([]).when(receive({ complainant: null }), at(RECEIVED, staff)))).toBe('COMPLAINANT_REQUIRED');
    expect(codeOf(givenComplaint([]).when(receive({ complainant: { name: '王五', phone: ' ' } }), at(RECEIVED, staff)))).toBe('COMPLAINANT_REQUIRED');
  });

  it('ALREADY_EXISTS when received twice', () => {
    expect(codeOf(givenComplaint(received()).when(receive(), at(RECEIVED, staff)))).toBe('ALREADY_EXISTS');
  });
});

describe('AssignComplaint', () => {
  it('reassigns to another supervisor keeping the deadline; the same one again is a no-op', () => {
    const events = givenComplaint(received()).when({ type: 'AssignComplaint', supervisorId: 'sup02' }, at(DURING, staff)).events!;
    expect(events).toEqual([{ type: 'ComplaintAssigned', data: { supervisorId: 'sup02', verifyBy: VERIFY_BY, reason: 'reassigned', assignedAt: DURING, assignedBy: 'coordinator' } }]);
    expect(givenComplaint(received()).when({ type: 'AssignComplaint', supervisorId: 'sup01' }, at(DURING, staff)).events).toEqual([]);
  });

  it('COMPLAINT_ALREADY_VERIFIED after verification', () => {
    expect(codeOf(givenComplaint(verified()).when({ type: 'AssignComplaint', supervisorId: 'sup02' }, at(DURING, staff)))).toBe('COMPLAINT_ALREADY_VERIFIED');
  });
});

describe('VerifyComplaint', () => {
  it('records a substantiated verification with the issues it registered', () => {
    const outcome = givenComplaint(received()).when(verify('substantiated', ['issue-1', 'issue-2']), at(DURING, assigned));
    expect(outcome.events).toEqual([
      { type: 'ComplaintVerified', data: { outcome: 'substantiated', findings: '经实地核实', issueIds: ['issue-1', 'issue-2'], late: false, verifiedAt: DURING, verifiedBy: 'user-sup01' } },
    ]);
    expect(outcome.after).toMatchObject({ status: 'verified', outcome: 'substantiated', issueIds: ['issue-1', 'issue-2'] });
  });

  it('an unsubstantiated verification registers no issue', () => {
    expect(codeOf(givenComplaint(received()).when(verify('unsubstantiated', []), at(DURING, assigned)))).toBe('ACCEPTED');
  });

  it('VERIFICATION_ISSUES_INVALID: substantiated or partly without an issue, unsubstantiated with one', () => {
    expect(codeOf(givenComplaint(received()).when(verify('substantiated', []), at(DURING, assigned)))).toBe('VERIFICATION_ISSUES_INVALID');
    expect(codeOf(givenComplaint(received()).when(verify('partly', []), at(DURING, assigned)))).toBe('VERIFICATION_ISSUES_INVALID');
    expect(codeOf(givenComplaint(received()).when(verify('unsubstantiated', ['issue-1']), at(DURING, assigned)))).toBe('VERIFICATION_ISSUES_INVALID');
  });

  it('VERIFIER_NOT_ASSIGNED for a supervisor the complaint is not assigned to; a coordinator may verify', () => {
    expect(codeOf(givenComplaint(received()).when(verify('partly', ['issue-1']), at(DURING, other)))).toBe('VERIFIER_NOT_ASSIGNED');
    expect(codeOf(givenComplaint(received()).when(verify('partly', ['issue-1']), at(DURING, staff)))).toBe('ACCEPTED');
  });

  it('INVALID_TRANSITION while nobody is assigned; COMPLAINT_ALREADY_VERIFIED the second time', () => {
    expect(codeOf(givenComplaint(received({ defaultSupervisorId: null })).when(verify('unsubstantiated', []), at(DURING, staff)))).toBe('INVALID_TRANSITION');
    expect(codeOf(givenComplaint(verified()).when(verify('unsubstantiated', []), at(DURING, staff)))).toBe('COMPLAINT_ALREADY_VERIFIED');
  });

  it('NOT_FOUND for a complaint never received', () => {
    expect(codeOf(givenComplaint([]).when(verify('unsubstantiated', []), at(DURING, staff)))).toBe('NOT_FOUND');
  });
});

describe('verification deadline (decided from the command’s clock)', () => {
  const AFTER = '2026-03-24T01:00:00.000Z';

  it('a verification after the deadline first records the overdue, once, and is marked late', () => {
    const outcome = givenComplaint(received()).when(verify('unsubstantiated', []), at(AFTER, assigned));
    expect(outcome.events!.map((e) => e.type)).toEqual(['ComplaintVerificationOverdue', 'ComplaintVerified']);
    expect(outcome.events![0].data).toEqual({ verifyBy: VERIFY_BY, detectedAt: AFTER });
    expect(outcome.events![1].data).toMatchObject({ late: true });
  });

  it('the clock records the overdue once; later commands do not record it again', () => {
    const marked = givenComplaint(received()).when({ type: 'MarkComplaintOverdue' }, at(AFTER, staff)).events!;
    expect(marked.map((e) => e.type)).toEqual(['ComplaintVerificationOverdue']);
    expect(givenComplaint([...received(), ...marked]).when({ type: 'MarkComplaintOverdue' }, at(AFTER, staff)).events).toEqual([]);
    expect(givenComplaint([...received(), ...marked]).when(verify('unsubstantiated', []), at(AFTER, assigned)).events!.map((e) => e.type)).toEqual(['ComplaintVerified']);
  });

  it('the clock cannot record it early, nor after verification', () => {
    expect(givenComplaint(received()).when({ type: 'MarkComplaintOverdue' }, at(VERIFY_BY, staff)).events).toEqual([]);
    expect(givenComplaint(verified()).when({ type: 'MarkComplaintOverdue' }, at(AFTER, staff)).events).toEqual([]);
  });

  it('a refused command records nothing, not even the overdue', () => {
    expect(codeOf(givenComplaint(received()).when(verify('substantiated', []), at(AFTER, assigned)))).toBe('VERIFICATION_ISSUES_INVALID');
  });

  it('reminds 3 working days before the deadline, once', () => {
    const early = '2026-03-17T23:00:00.000Z'; // Wed 18 March 07:00 Shanghai: 3 working days before is Wed 18 March
    expect(givenComplaint(received()).when({ type: 'MarkComplaintDueSoon' }, at('2026-03-17T15:00:00.000Z', staff)).events).toEqual([]);
    const due = givenComplaint(received()).when({ type: 'MarkComplaintDueSoon' }, at(early, staff)).events!;
    expect(due).toEqual([{ type: 'ComplaintVerificationDueSoon', data: { verifyBy: VERIFY_BY, detectedAt: early } }]);
    expect(givenComplaint([...received(), ...due]).when({ type: 'MarkComplaintDueSoon' }, at(early, staff)).events).toEqual([]);
  });
});

describe('reply and close (事事有回音)', () => {
  const reply: ComplaintCommand = { type: 'ReplyToComplainant', channel: 'phone', content: '经核实属实，已责令整改' };
  const LATER = '2026-03-12T02:00:00.000Z';

  it('REPLY_REQUIRED: a named complainant must be answered before closing', () => {
    expect(codeOf(givenComplaint(verified()).when({ type: 'CloseComplaint' }, at(LATER, staff)))).toBe('REPLY_REQUIRED');
    const replied = [...verified(), ...givenComplaint(verified()).when(reply, at(LATER, assigned)).events!];
    const closed = givenComplaint(replied).when({ type: 'CloseComplaint', note: '办结' }, at(LATER, staff));
    expect(closed.events).toEqual([{ type: 'ComplaintClosed', data: { note: '办结', closedAt: LATER, closedBy: 'coordinator' } }]);
    expect(closed.after).toMatchObject({ status: 'closed', replies: 1 });
  });

  it('an anonymous complaint closes without a reply', () => {
    expect(codeOf(givenComplaint(verified(received({ anonymous: true, complainant: null }))).when({ type: 'CloseComplaint' }, at(LATER, staff)))).toBe('ACCEPTED');
  });

  it('COMPLAINT_NOT_VERIFIED: no reply or close before verification', () => {
    expect(codeOf(givenComplaint(received()).when(reply, at(LATER, staff)))).toBe('COMPLAINT_NOT_VERIFIED');
    expect(codeOf(givenComplaint(received({ anonymous: true, complainant: null })).when({ type: 'CloseComplaint' }, at(LATER, staff)))).toBe('COMPLAINT_NOT_VERIFIED');
  });

  it('COMPLAINT_CLOSED once closed', () => {
    const closed = [...verified(received({ anonymous: true, complainant: null }))];
    closed.push(...givenComplaint(closed).when({ type: 'CloseComplaint' }, at(LATER, staff)).events!);
    expect(codeOf(givenComplaint(closed).when(reply, at(LATER, staff)))).toBe('COMPLAINT_CLOSED');
    expect(codeOf(givenComplaint(closed).when({ type: 'CloseComplaint' }, at(LATER, staff)))).toBe('COMPLAINT_CLOSED');
  });
});

describe('evolveComplaint', () => {
  it('never throws and ignores events that do not apply', () => {
    expect(evolveComplaint(initialComplaintState, { type: 'ComplaintClosed', data: { closedAt: RECEIVED, closedBy: 'x' } })).toBe(initialComplaintState);
    expect(evolveComplaint(initialComplaintState, null as unknown as ComplaintEvent)).toBe(initialComplaintState);
  });
});
