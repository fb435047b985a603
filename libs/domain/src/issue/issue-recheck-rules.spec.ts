import { at, codeOf, coordinator, testContext, unitUser } from '../testing/given';
import { closed, givenIssue, ordered, play, recheck, registered, reported, T } from '../testing/issue-story';

describe('REPORT_REQUIRED', () => {
  it('refuses a recheck before the unit reported', () => {
    expect(codeOf(givenIssue(ordered()).when(recheck('passed'), at(T.rechecked)))).toBe('REPORT_REQUIRED');
    expect(codeOf(givenIssue(registered()).when(recheck('failed'), at(T.rechecked)))).toBe('REPORT_REQUIRED');
  });

  it('rechecks a reported rectification', () => {
    const outcome = givenIssue(reported()).when(recheck('passed'), at(T.rechecked));
    expect(outcome.events).toEqual([
      {
        type: 'RecheckConducted',
        data: { orderNo: 1, method: 'on_site', outcome: 'passed', findings: 'Samples kept properly.', evidence: [], recheckedAt: T.rechecked, recheckedBy: 'sup01' },
      },
    ]);
    expect(outcome.after).toMatchObject({ status: 'rectified', deadline: null, lastRecheck: { outcome: 'passed', orderNo: 1 } });
  });
});

describe('ON_SITE_RECHECK_REQUIRED', () => {
  it.each([
    ['serious', { severity: 'serious' as const }],
    ['major', { severity: 'major' as const }],
    ['safety hazard', { safetyHazard: true }],
  ])('refuses to pass a %s issue on documents', (_why, overrides) => {
    expect(codeOf(givenIssue(reported(overrides)).when(recheck('passed', 'document'), at(T.rechecked)))).toBe('ON_SITE_RECHECK_REQUIRED');
  });

  it('passes such an issue on site, fails it on documents, and passes a general issue on documents', () => {
    expect(codeOf(givenIssue(reported({ severity: 'major' })).when(recheck('passed', 'on_site'), at(T.rechecked)))).toBe('ACCEPTED');
    expect(codeOf(givenIssue(reported({ severity: 'major' })).when(recheck('failed', 'document'), at(T.rechecked)))).toBe('ACCEPTED');
    expect(codeOf(givenIssue(reported()).when(recheck('passed', 'document'), at(T.rechecked)))).toBe('ACCEPTED');
  });
});

describe('RECHECKER_NOT_INDEPENDENT', () => {
  it('refuses a recheck or a look-back by someone of the unit under recheck', () => {
    const insider = { ...coordinator, id: 'insider', unitId: 'unit-1' };
    expect(codeOf(givenIssue(reported()).when(recheck('passed'), at(T.rechecked, insider)))).toBe('RECHECKER_NOT_INDEPENDENT');
    expect(codeOf(givenIssue(reported()).when(recheck('passed'), at(T.rechecked, unitUser)))).toBe('RECHECKER_NOT_INDEPENDENT');
    const lookBack = { type: 'ConductLookBack' as const, outcome: 'sustained' as const, findings: 'fine' };
    expect(codeOf(givenIssue(closed()).when(lookBack, at(T.later, unitUser)))).toBe('RECHECKER_NOT_INDEPENDENT');
  });

  it('accepts a rechecker from another unit', () => {
    const outsider = { ...unitUser, id: 'other', role: 'supervisor' as const, unitId: 'unit-2' };
    expect(codeOf(givenIssue(reported()).when(recheck('passed'), at(T.rechecked, outsider)))).toBe('ACCEPTED');
  });
});

describe('recheck after a failure', () => {
  it('needs a new order and a new report', () => {
    const failed = play([[recheck('failed'), at(T.rechecked)]], reported());
    expect(codeOf(givenIssue(failed).when(recheck('passed'), at(T.later)))).toBe('REPORT_REQUIRED');
    expect(codeOf(givenIssue(failed).when({ type: 'ReportRectification', measures: 'm', evidence: [] }, at(T.later, unitUser)))).toBe('NO_OPEN_ORDER');
  });
});

describe('RECHECKER_NOT_INDEPENDENT (conflicts of interest)', () => {
  const conflicted = (now: string) => testContext({ now, conflictedUnitIds: ['unit-9', 'unit-1'] });

  it('refuses a recheck by someone with a declared conflict with the unit', () => {
    const outcome = givenIssue(reported()).when(recheck('passed'), conflicted(T.rechecked));
    expect(codeOf(outcome)).toBe('RECHECKER_NOT_INDEPENDENT');
    expect(outcome.error?.detail).toContain('conflict of interest');
  });

  it('refuses a look-back by someone with a declared conflict with the unit', () => {
    expect(codeOf(givenIssue(closed()).when({ type: 'ConductLookBack', outcome: 'sustained', findings: 'ok' }, conflicted(T.later)))).toBe('RECHECKER_NOT_INDEPENDENT');
  });

  it('a conflict with another unit does not matter', () => {
    expect(codeOf(givenIssue(reported()).when(recheck('passed'), testContext({ now: T.rechecked, conflictedUnitIds: ['unit-9'] })))).toBe('ACCEPTED');
  });
});
