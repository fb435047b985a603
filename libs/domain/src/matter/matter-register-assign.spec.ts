import { at, codeOf, testContext } from '../testing/given';
import { assign, assigned, givenMatter, M, office, register, registered } from '../testing/matter';
import { foldMatter } from './matter.evolve';

describe('立项 RegisterMatter', () => {
  it('registers a matter with its number, source, requirements and tier', () => {
    const outcome = givenMatter([]).when(register(), at(M.registered, office));
    expect(outcome.events).toEqual([
      {
        type: 'MatterRegistered',
        data: {
          matterId: 'm-1', number: '督查〔2026〕1号', regionId: 'county-a', title: '落实课后服务经费', source: { kind: 'leader_instruction', ref: '局长批示 3月1日' },
          requirements: '两周内报送落实情况', tier: 'normal', registeredBy: 'coordinator', registeredAt: M.registered,
        },
      },
    ]);
    expect(outcome.after).toMatchObject({ status: 'registered', assignment: null, version: 1 });
  });

  it.each(['superior_assignment', 'meeting_decision', 'leader_instruction', 'public_report', 'other'] as const)('accepts the source %s', (kind) => {
    expect(codeOf(givenMatter([]).when(register({ source: { kind, ref: '' } }), at(M.registered, office)))).toBe('ACCEPTED');
  });

  it('refuses an unknown tier or source, and a second registration', () => {
    expect(codeOf(givenMatter([]).when(register({ tier: 'someday' as never }), at(M.registered, office)))).toBe('MATTER_TIER_DAYS_INVALID');
    expect(codeOf(givenMatter([]).when(register({ source: { kind: 'rumour' as never, ref: '' } }), at(M.registered, office)))).toBe('INVALID_TRANSITION');
    expect(codeOf(givenMatter(registered()).when(register(), at(M.registered, office)))).toBe('ALREADY_EXISTS');
  });

  it('NOT_FOUND for any other command on a matter never registered', () => {
    expect(codeOf(givenMatter([]).when(assign(), at(M.assigned, office)))).toBe('NOT_FOUND');
    expect(codeOf(givenMatter([]).when({ type: 'MarkMatterOverdue' }, at(M.assigned, office)))).toBe('NOT_FOUND');
  });
});

describe('交办 AssignMatter: lead and assisting units, tiered limits', () => {
  const dueOf = (events: ReturnType<typeof assigned>) => {
    const state = foldMatter(events);
    return state.status !== 'initial' && state.assignment ? state.assignment : null;
  };

  it('normal: 15 calendar days from the day after assignment, ending 23:59:59 Shanghai', () => {
    const assignment = dueOf(assigned());
    expect(assignment).toMatchObject({ leadUnitId: 'unit-1', assistingUnitIds: ['unit-2'], dueAt: M.dueNormal });
    expect(assignment?.deadlineRule).toMatchObject({ kind: 'calendarDays', days: 15 });
    expect(foldMatter(assigned())).toMatchObject({ status: 'assigned', unitId: 'unit-1' });
  });

  it('difficult: 30 calendar days; urgent: 1–5 days, 3 when not given', () => {
    expect(dueOf(assigned({}, 'difficult'))?.dueAt).toBe('2026-04-01T15:59:59.000Z');
    expect(dueOf(assigned({}, 'urgent'))?.dueAt).toBe('2026-03-05T15:59:59.000Z');
    expect(dueOf(assigned({ days: 1 }, 'urgent'))?.dueAt).toBe('2026-03-03T15:59:59.000Z');
  });

  it('a calendar-day count ending on a rest day moves to the next working day', () => {
    // urgent 5 days from Mon 03-02 ends Sat 03-07 → Mon 03-09
    expect(dueOf(assigned({ days: 5 }, 'urgent'))?.dueAt).toBe('2026-03-09T15:59:59.000Z');
  });

  it('counts working days where the office says so (by command or by policy)', () => {
    expect(dueOf(assigned({ dayCount: 'workingDays' }))?.dueAt).toBe('2026-03-23T15:59:59.000Z');
    const byPolicy = givenMatter(registered()).when(assign(), testContext({ now: M.assigned, actor: office, policy: { ...testContext().policy, matterDayCount: 'workingDays' } }));
    expect(byPolicy.after).toMatchObject({ assignment: { dueAt: '2026-03-23T15:59:59.000Z' } });
  });

  it.each([
    ['urgent', 0], ['urgent', 6], ['urgent', 2.5], ['normal', 10], ['normal', 30], ['difficult', 15],
  ] as const)('MATTER_TIER_DAYS_INVALID: %s with %s days', (tier, days) => {
    expect(codeOf(givenMatter(registered({ tier })).when(assign({ days }), at(M.assigned, office)))).toBe('MATTER_TIER_DAYS_INVALID');
  });

  it('MATTER_UNIT_INVALID for an unknown unit, one outside the jurisdiction, or a lead that also assists', () => {
    const given = givenMatter(registered());
    expect(codeOf(given.when(assign({ leadUnitId: 'unit-x' }), at(M.assigned, office)))).toBe('MATTER_UNIT_INVALID');
    expect(codeOf(given.when(assign({ assistingUnitIds: ['unit-b'] }), at(M.assigned, office)))).toBe('MATTER_UNIT_INVALID');
    expect(codeOf(given.when(assign({ assistingUnitIds: ['unit-1'] }), at(M.assigned, office)))).toBe('MATTER_UNIT_INVALID');
  });

  it('assigns once: INVALID_TRANSITION when already assigned', () => {
    expect(codeOf(givenMatter(assigned()).when(assign(), at(M.beforeDue, office)))).toBe('INVALID_TRANSITION');
  });
});
