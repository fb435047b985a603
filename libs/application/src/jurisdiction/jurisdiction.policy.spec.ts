import { demoRegistryData } from '@app/registry';
import {
  authorizeCommand,
  authorizeUnitCommand,
  computeJurisdiction,
  covers,
  markOutOfJurisdiction,
  outOfJurisdictionReason,
  passesScopeFilter,
  regionSubtree,
  toScopeFilter,
  type RegistrySnapshot,
  type ScopedActor,
} from './jurisdiction.policy';

const { data } = demoRegistryData();
const registry: RegistrySnapshot = {
  regions: data.regions,
  zones: data.zones,
  units: data.units,
  supervisors: data.supervisors,
};

function actor(username: string): ScopedActor {
  const user = data.users.find((u) => u.username === username)!;
  return { id: `user-${username}`, role: user.role, regionId: user.regionId, unitId: user.unitId ?? undefined, supervisorId: user.supervisorId ?? undefined };
}

const demoUnit = { unitId: 'u-001', regionId: 'r-demo-county' }; // zone 1, assigned to s-01
const zone1Unit = { unitId: 'u-015', regionId: 'r-demo-county' }; // zone 1, assigned to s-03 (s-01 leads zone 1)
const zone2Unit = { unitId: 'u-020', regionId: 'r-demo-county' };
const neighbourUnit = { unitId: 'u-b01', regionId: 'r-neighbour-county' };

describe('jurisdiction policy', () => {
  it('walks the region tree: the city contains both counties, a county only itself', () => {
    expect(regionSubtree('r-demo-city', registry.regions).sort()).toEqual(['r-demo-city', 'r-demo-county', 'r-neighbour-county']);
    expect(regionSubtree('r-neighbour-county', registry.regions)).toEqual(['r-neighbour-county']);
    expect(regionSubtree('r-nowhere', registry.regions)).toEqual([]);
  });

  it('is cycle-safe', () => {
    const cyclic = [{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }];
    expect(regionSubtree('a', cyclic).sort()).toEqual(['a', 'b']);
  });

  it.each([
    ['cityleader', [demoUnit, zone2Unit, neighbourUnit], []],
    ['leader', [demoUnit, zone2Unit], [neighbourUnit]],
    ['coordinator', [demoUnit, zone2Unit], [neighbourUnit]],
    ['auditor', [demoUnit, zone2Unit], [neighbourUnit]],
    ['leaderb', [neighbourUnit], [demoUnit, zone2Unit]],
    ['coordinatorb', [neighbourUnit], [demoUnit]],
    ['sup01', [demoUnit, zone1Unit], [zone2Unit, neighbourUnit]], // leads zone 1
    ['sup02', [{ unitId: 'u-006', regionId: 'r-demo-county' }], [demoUnit, zone1Unit, zone2Unit, neighbourUnit]],
    ['supb01', [neighbourUnit], [demoUnit, zone1Unit, zone2Unit]],
    ['unit001', [demoUnit], [zone1Unit, zone2Unit, neighbourUnit]],
    ['unitb01', [neighbourUnit], [demoUnit, { unitId: 'u-b02', regionId: 'r-neighbour-county' }]],
  ])('%s reaches exactly its own', (username, inside, outside) => {
    const jurisdiction = computeJurisdiction(actor(username), registry);
    for (const target of inside) expect({ target, covered: covers(jurisdiction, target) }).toEqual({ target, covered: true });
    for (const target of outside) expect({ target, covered: covers(jurisdiction, target) }).toEqual({ target, covered: false });
  });

  it('gives a zone leader the whole zone and an ordinary supervisor only the assigned schools', () => {
    const leader = computeJurisdiction(actor('sup01'), registry);
    expect(leader).toMatchObject({ kind: 'units', zoneIds: ['z-demo-1'] });
    expect(leader.kind === 'units' && leader.unitIds.length).toBe(19);
    const plain = computeJurisdiction(actor('sup02'), registry);
    expect(plain).toEqual({ kind: 'units', unitIds: ['u-006', 'u-007', 'u-008', 'u-009', 'u-010'], zoneIds: [] });
  });

  it('fails closed: unknown region, supervisor or unit, the public and unknown roles reach nothing', () => {
    const none = { kind: 'none' };
    expect(computeJurisdiction({ id: 'x', role: 'leader', regionId: 'r-nowhere' }, registry)).toEqual(none);
    expect(computeJurisdiction({ id: 'x', role: 'leader' }, registry)).toEqual(none);
    expect(computeJurisdiction({ id: 'x', role: 'supervisor', regionId: 'r-demo-county', supervisorId: 's-99' }, registry)).toEqual(none);
    expect(computeJurisdiction({ id: 'x', role: 'supervisor', regionId: 'r-demo-county' }, registry)).toEqual(none);
    expect(computeJurisdiction({ id: 'x', role: 'unit', regionId: 'r-demo-county', unitId: 'u-999' }, registry)).toEqual(none);
    expect(computeJurisdiction({ id: 'x', role: 'public' }, registry)).toEqual(none);
    expect(computeJurisdiction({ id: 'x', role: 'superuser', regionId: 'r-demo-city' }, registry)).toEqual(none);
    expect(covers({ kind: 'none' }, demoUnit)).toBe(false);
  });

  it('never lets a supervisor reach beyond their region, whatever the assignment says', () => {
    const tampered: RegistrySnapshot = {
      ...registry,
      supervisors: registry.supervisors.map((s) => (s.id === 's-b01' ? { ...s, assignedUnitIds: [...s.assignedUnitIds, 'u-001'] } : s)),
    };
    expect(covers(computeJurisdiction(actor('supb01'), tampered), demoUnit)).toBe(false);
  });

  it('lets the system actor do anything', () => {
    const system = { id: 'system:clock', role: 'system' };
    const jurisdiction = computeJurisdiction(system, registry);
    expect(jurisdiction).toEqual({ kind: 'all' });
    expect(authorizeCommand(system, jurisdiction, 'MarkOverdue', neighbourUnit)).toEqual({ allowed: true });
  });

  it('turns a jurisdiction into the one list filter', () => {
    expect(toScopeFilter({ kind: 'all' })).toEqual({});
    expect(toScopeFilter(computeJurisdiction(actor('leaderb'), registry))).toEqual({ regionIds: ['r-neighbour-county'] });
    expect(toScopeFilter(computeJurisdiction(actor('unit001'), registry))).toEqual({ unitIds: ['u-001'] });
    expect(toScopeFilter({ kind: 'none' })).toEqual({ unitIds: [] });
    expect(passesScopeFilter({ regionIds: ['r-neighbour-county'] }, demoUnit)).toBe(false);
    expect(passesScopeFilter({ unitIds: ['u-001'] }, demoUnit)).toBe(true);
    expect(passesScopeFilter({ unitIds: [] }, demoUnit)).toBe(false);
    expect(passesScopeFilter({}, demoUnit)).toBe(true);
  });

  describe('commands', () => {
    const verdict = (username: string, type: string, target = demoUnit) =>
      authorizeCommand(actor(username), computeJurisdiction(actor(username), registry), type, target);

    it('refuses out of jurisdiction as not found (existence must not leak)', () => {
      expect(verdict('supb01', 'FeedBackIssue')).toMatchObject({ allowed: false, status: 404 });
      expect(verdict('leaderb', 'DecideAccountability')).toMatchObject({ allowed: false, status: 404 });
      expect(verdict('unit002', 'ReportRectification')).toMatchObject({ allowed: false, status: 404 });
    });

    it('refuses a role that may not act, in jurisdiction, as forbidden', () => {
      expect(verdict('auditor', 'CloseIssue')).toMatchObject({ allowed: false, status: 403 });
      expect(verdict('unit001', 'ConductRecheck')).toMatchObject({ allowed: false, status: 403 });
      expect(verdict('leader', 'WithdrawIssue')).toMatchObject({ allowed: false, status: 403 });
      expect(verdict('coordinator', 'UnknownCommand')).toMatchObject({ allowed: false, status: 403 });
      expect(verdict('sup01', 'ReportResult')).toMatchObject({ allowed: false, status: 403 }); // system only
    });

    it('allows the right role in jurisdiction', () => {
      expect(verdict('sup01', 'ConductRecheck', zone1Unit)).toEqual({ allowed: true });
      expect(verdict('cityleader', 'DecideAccountability', neighbourUnit)).toEqual({ allowed: true });
      expect(verdict('unit001', 'RequestExtension')).toEqual({ allowed: true });
      expect(verdict('coordinatorb', 'WithdrawIssue', neighbourUnit)).toEqual({ allowed: true });
    });

    it('answers 403 for a unit named in a creating command', () => {
      const supb01 = actor('supb01');
      expect(authorizeUnitCommand(supb01, computeJurisdiction(supb01, registry), 'RecordVisit', demoUnit)).toMatchObject({ allowed: false, status: 403 });
      expect(authorizeUnitCommand(supb01, computeJurisdiction(supb01, registry), 'RecordVisit', neighbourUnit)).toEqual({ allowed: true });
    });
  });

  it('marks refusals for the denied-attempts log without changing the error', () => {
    const error = markOutOfJurisdiction(new Error('no such issue'), 'why');
    expect(outOfJurisdictionReason(error)).toBe('why');
    expect(Object.keys(error)).toEqual([]);
    expect(outOfJurisdictionReason(new Error('x'))).toBeNull();
    expect(outOfJurisdictionReason(null)).toBeNull();
  });
});
