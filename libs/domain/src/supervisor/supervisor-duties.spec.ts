import { codeOf, coordinator, scenario, testContext } from '../testing/given';
import type { SupervisorCommand } from './supervisor.commands';
import { decideSupervisor } from './supervisor.decide';
import type { SupervisorEvent } from './supervisor.events';
import { evolveSupervisor, foldSupervisor } from './supervisor.evolve';
import { initialSupervisorState, trainingHours, type SupervisorState } from './supervisor.state';
import { trainingStatus } from './training-shortfall';

const givenSupervisor = scenario<SupervisorCommand, SupervisorEvent, SupervisorState>({ decide: decideSupervisor, evolve: evolveSupervisor, initialState: initialSupervisorState });
const ctx = (now = '2026-10-15T02:00:00.000Z') => testContext({ now, actor: coordinator });
const target = { supervisorId: 's-1', regionId: 'county-a' };
const training = (trainingId: string, date: string, hours: number): SupervisorCommand => ({ type: 'RecordTraining', ...target, trainingId, date, course: '督学集中培训', hours });

function run(commands: SupervisorCommand[]): SupervisorEvent[] {
  const events: SupervisorEvent[] = [];
  for (const command of commands) events.push(...givenSupervisor(events).when(command, ctx()).events!);
  return events;
}

describe('supervisor duties: training hours (专兼职督学每年集中培训不少于40学时)', () => {
  it('sums the hours of a calendar year by the course date', () => {
    const state = foldSupervisor(run([training('t1', '2026-03-10', 16), training('t2', '2026-09-01', 8), training('t3', '2025-12-30', 40)]));
    expect(trainingHours(state, 2026)).toBe(24);
    expect(trainingHours(state, 2025)).toBe(40);
  });

  it('flags the shortfall from October only', () => {
    const state = foldSupervisor(run([training('t1', '2026-03-10', 16)]));
    expect(trainingStatus(state, '2026-09-30T15:59:59.000Z')).toMatchObject({ year: 2026, hours: 16, missing: 24, shortfall: false });
    expect(trainingStatus(state, '2026-09-30T16:00:00.000Z')).toMatchObject({ shortfall: true }); // 1 October in Shanghai
    const done = foldSupervisor(run([training('t1', '2026-03-10', 24), training('t2', '2026-04-10', 16)]));
    expect(trainingStatus(done, '2026-11-01T00:00:00.000Z')).toMatchObject({ hours: 40, missing: 0, shortfall: false });
  });

  it('SUPERVISOR_RECORD_INVALID for a training in the future, of no hours or not in halves; ALREADY_EXISTS when recorded twice', () => {
    expect(codeOf(givenSupervisor([]).when(training('t1', '2026-10-16', 8), ctx()))).toBe('SUPERVISOR_RECORD_INVALID');
    expect(codeOf(givenSupervisor([]).when(training('t1', '2026-10-01', 0), ctx()))).toBe('SUPERVISOR_RECORD_INVALID');
    expect(codeOf(givenSupervisor([]).when(training('t1', '2026-10-01', 2.3), ctx()))).toBe('SUPERVISOR_RECORD_INVALID');
    expect(codeOf(givenSupervisor(run([training('t1', '2026-10-01', 8)])).when(training('t1', '2026-10-02', 8), ctx()))).toBe('ALREADY_EXISTS');
  });
});

describe('supervisor duties: the clock flags a year short of 40 hours, from October, once', () => {
  const flag: SupervisorCommand = { type: 'FlagTrainingShortfall', ...target, year: 2026 };
  it('flags from October only, once a year, and not a year with 40 hours', () => {
    const short = run([training('t1', '2026-03-10', 16)]);
    expect(givenSupervisor(short).when(flag, ctx('2026-09-30T15:59:59.000Z')).events).toEqual([]);
    const flagged = givenSupervisor(short).when(flag, ctx('2026-10-01T02:00:00.000Z'));
    expect(flagged.events).toEqual([{ type: 'TrainingShortfallFlagged', data: expect.objectContaining({ year: 2026, hours: 16, missing: 24 }) }]);
    expect(givenSupervisor([...short, ...flagged.events!]).when(flag, ctx('2026-11-01T02:00:00.000Z')).events).toEqual([]);
    expect(givenSupervisor(run([training('t1', '2026-03-10', 40)])).when(flag, ctx('2026-10-01T02:00:00.000Z')).events).toEqual([]);
  });
});

describe('supervisor duties: conflicts of interest (条例 art. 10 回避)', () => {
  const declare: SupervisorCommand = { type: 'DeclareConflict', ...target, unitId: 'unit-1', reason: '配偶任该校校长' };

  it('records a declared conflict until it is withdrawn', () => {
    const declared = run([declare]);
    expect(foldSupervisor(declared).conflicts).toEqual({ 'unit-1': { reason: '配偶任该校校长', declaredAt: '2026-10-15T02:00:00.000Z' } });
    const withdrawn = [...declared, ...givenSupervisor(declared).when({ type: 'WithdrawConflict', ...target, unitId: 'unit-1', reason: '已调离' }, ctx()).events!];
    expect(foldSupervisor(withdrawn).conflicts).toEqual({});
  });

  it('ALREADY_EXISTS for a second declaration; INVALID_TRANSITION for withdrawing none', () => {
    expect(codeOf(givenSupervisor(run([declare])).when(declare, ctx()))).toBe('ALREADY_EXISTS');
    expect(codeOf(givenSupervisor([]).when({ type: 'WithdrawConflict', ...target, unitId: 'unit-1', reason: '' }, ctx()))).toBe('INVALID_TRANSITION');
  });
});

describe('supervisor duties: appointment and appraisal', () => {
  it('records a term and refuses one that ends before it begins', () => {
    const appoint = (termTo: string): SupervisorCommand => ({ type: 'AppointSupervisor', ...target, kind: 'part_time', termFrom: '2026-09-01', termTo, certificateNo: '粤督证2026001' });
    expect(foldSupervisor(run([appoint('2029-08-31')])).appointments).toHaveLength(1);
    expect(codeOf(givenSupervisor([]).when(appoint('2026-08-31'), ctx()))).toBe('SUPERVISOR_RECORD_INVALID');
  });

  it('one appraisal a year, not for a future year', () => {
    const appraise = (year: number): SupervisorCommand => ({ type: 'RecordAppraisal', ...target, year, grade: 'excellent', notes: '' });
    expect(codeOf(givenSupervisor(run([appraise(2025)])).when(appraise(2025), ctx()))).toBe('ALREADY_EXISTS');
    expect(codeOf(givenSupervisor([]).when(appraise(2027), ctx()))).toBe('SUPERVISOR_RECORD_INVALID');
  });

  it('evolve never throws on junk', () => {
    expect(() => evolveSupervisor(initialSupervisorState, { type: 'ConflictDeclared', data: null } as never)).not.toThrow();
  });
});
