import type { Actor } from '../shared/actor';
import { at, coordinator, scenario, systemActor } from './given';
import type { AssignMatter, MatterCommand, RegisterMatter } from '../matter/matter.commands';
import { decideMatter } from '../matter/matter.decide';
import type { MatterEvent } from '../matter/matter.events';
import { evolveMatter, foldMatter } from '../matter/matter.evolve';
import { initialMatterState, type MatterState } from '../matter/matter.state';

export const givenMatter = scenario<MatterCommand, MatterEvent, MatterState>({ decide: decideMatter, evolve: evolveMatter, initialState: initialMatterState });

export const leadUser: Actor = { id: 'unit001', role: 'unit', unitId: 'unit-1', regionId: 'county-a' };
export const assistingUser: Actor = { id: 'unit002', role: 'unit', unitId: 'unit-2', regionId: 'county-a' };
export const office = coordinator;
export const clock = systemActor;

/** Registered Mon 2026-03-02 10:00 Shanghai; a normal matter assigned then is due at the end of Tue 03-17. */
export const M = {
  registered: '2026-03-02T02:00:00.000Z',
  assigned: '2026-03-02T03:00:00.000Z',
  dueNormal: '2026-03-17T15:59:59.000Z',
  beforeDue: '2026-03-10T02:00:00.000Z',
  afterDue: '2026-03-18T02:00:00.000Z',
  later: '2026-03-30T02:00:00.000Z',
};

export const register = (overrides: Partial<RegisterMatter> = {}): RegisterMatter => ({
  type: 'RegisterMatter', matterId: 'm-1', regionId: 'county-a', number: '督查〔2026〕1号', title: '落实课后服务经费',
  source: { kind: 'leader_instruction', ref: '局长批示 3月1日' }, requirements: '两周内报送落实情况', tier: 'normal', ...overrides,
});
export const assign = (overrides: Partial<AssignMatter> = {}): AssignMatter => ({
  type: 'AssignMatter', leadUnitId: 'unit-1', assistingUnitIds: ['unit-2'], ...overrides,
});

/** Runs commands in order, each at its own moment and actor, and returns every event decided. */
export function play(steps: Array<[MatterCommand, string, Actor?]>, given: MatterEvent[] = []): MatterEvent[] {
  return steps.reduce<MatterEvent[]>((events, [command, now, actor = office]) => [...events, ...decideMatter(command, foldMatter(events), at(now, actor))], given);
}

export const registered = (overrides: Partial<RegisterMatter> = {}) => play([[register(overrides), M.registered]]);
export const assigned = (overrides: Partial<AssignMatter> = {}, tier: RegisterMatter['tier'] = 'normal') =>
  play([[assign(overrides), M.assigned]], registered({ tier }));
export const submitted = () => play([[{ type: 'SubmitMatterCompletion', result: '已全部落实', evidence: [] }, M.beforeDue, leadUser]], assigned());
