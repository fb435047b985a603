import { at, codeOf, leader, testContext, testUnits } from '../testing/given';
import { decideAccountability, givenIssue, rectified, T } from '../testing/issue-story';
import type { AccountabilityTarget } from './issue.types';

/** 问责 against the right unit: one the registry knows, in the leader's jurisdiction, the issue's own or its superior. */
describe('ACCOUNTABILITY_TARGET_INVALID', () => {
  const decide = (...targets: AccountabilityTarget[]) => ({ ...decideAccountability(['interview']), targets });
  const when = (...targets: AccountabilityTarget[]) => givenIssue(rectified()).when(decide(...targets), at(T.later, leader));

  it.each([
    ['the issue’s own unit', { kind: 'unit', name: '第一小学', unitId: 'unit-1' }],
    ['its superior department', { kind: 'unit', name: '甲县教育局', unitId: 'bureau-1' }],
    ['a person of the unit', { kind: 'person', name: '张校长', unitId: 'unit-1' }],
    ['a person of the superior department', { kind: 'person', name: '李科长', unitId: 'bureau-1' }],
  ] as Array<[string, AccountabilityTarget]>)('accepts %s', (_what, target) => {
    expect(codeOf(when(target))).toBe('ACCEPTED');
  });

  it.each([
    ['a unit id the registry does not know', { kind: 'unit', name: '不存在', unitId: 'unit-404' }, 'is not in the registry'],
    ['a unit of another county', { kind: 'unit', name: '乙县小学', unitId: 'unit-b' }, 'outside the jurisdiction'],
    ['a unit in the county that is not the issue’s', { kind: 'unit', name: '第二小学', unitId: 'unit-2' }, 'neither the issue'],
    ['a person without the unit they belong to', { kind: 'person', name: '张校长' }, 'the unit the person belongs to'],
    ['a unit target without unitId', { kind: 'unit', name: '第一小学' }, 'must name its unit'],
  ] as Array<[string, AccountabilityTarget, string]>)('refuses %s', (_what, target, message) => {
    const outcome = when(target);
    expect(codeOf(outcome)).toBe('ACCOUNTABILITY_TARGET_INVALID');
    expect(outcome.error?.errors?.[0]).toMatchObject({ field: 'targets[0].unitId' });
    expect(outcome.error?.detail).toContain(message);
    expect(outcome.after).toBe(outcome.before);
  });

  it('refuses the whole decision when any one target is invalid, naming that target', () => {
    const outcome = when({ kind: 'unit', name: '第一小学', unitId: 'unit-1' }, { kind: 'unit', name: '乙县小学', unitId: 'unit-b' });
    expect(codeOf(outcome)).toBe('ACCOUNTABILITY_TARGET_INVALID');
    expect(outcome.error?.errors?.map((error) => error.field)).toEqual(['targets[1].unitId']);
  });

  it('fails closed without registry look-ups: nothing can be vouched for', () => {
    const outcome = givenIssue(rectified()).when(decide({ kind: 'unit', name: '第一小学', unitId: 'unit-1' }), testContext({ now: T.later, actor: leader, units: undefined }));
    expect(codeOf(outcome)).toBe('ACCOUNTABILITY_TARGET_INVALID');
  });

  it('does not take a superior department from the target’s own chain, only from the issue unit’s', () => {
    const units = { ...testUnits, 'unit-1': { ...testUnits['unit-1'], superiorUnitIds: [] } };
    const outcome = givenIssue(rectified()).when(decide({ kind: 'unit', name: '甲县教育局', unitId: 'bureau-1' }), testContext({ now: T.later, actor: leader, units }));
    expect(codeOf(outcome)).toBe('ACCOUNTABILITY_TARGET_INVALID');
  });

  it('keeps persons out of the state: the decision is remembered by measures and units only', () => {
    const outcome = when({ kind: 'person', name: '张校长', unitId: 'unit-1' });
    expect(outcome.after).toMatchObject({ lastAccountability: { measures: ['interview'], targets: [{ kind: 'person', unitId: 'unit-1' }], decidedAt: T.later } });
    expect(JSON.stringify(outcome.after)).not.toContain('张校长');
  });
});
