import * as domain from './index';

describe('public API', () => {
  it('exports what the app is written against', () => {
    for (const name of [
      'DomainError', 'DOMAIN_ERROR_TITLES', 'DEFAULT_POLICY', 'loadCnWorkdayCalendar', 'computeDeadline', 'shanghaiDate',
      'endOfShanghaiDay', 'addWorkingDays', 'workingDaysBefore', 'workingDaysAfter', 'workingDaysBetween', 'ISSUE_EVENT_TYPES',
      'decideIssue', 'evolveIssue', 'initialIssueState', 'foldIssue', 'decideBulletin', 'evolveBulletin', 'initialBulletinState',
      'foldBulletin', 'decideVisit', 'evolveVisit', 'initialVisitState', 'issueStream', 'bulletinStream', 'visitStream',
      'UNIT_ACCOUNTABILITY_MEASURES', 'PERSON_ACCOUNTABILITY_MEASURES',
      'decideCalendar', 'evolveCalendar', 'foldCalendar', 'initialCalendarState', 'CALENDAR_STREAM', 'createWorkdayCalendar',
      'parseCalendarVersion', 'statutoryHolidays', 'bundledCalendarYears',
    ]) {
      expect(domain).toHaveProperty(name);
    }
    expect(domain.issueStream('x')).toBe('issue-x');
    expect(domain.bulletinStream('x')).toBe('bulletin-x');
    expect(domain.visitStream('x')).toBe('visit-x');
    // 17, + LookBackScheduled, LookBackOverdue, RecheckOverdue (#17), + InterviewDue, InterviewHeld, AccountabilityProposed (#15)
    expect(domain.ISSUE_EVENT_TYPES).toHaveLength(23);
  });

  it('has a Chinese and English title for every error code', () => {
    const error = new domain.DomainError('RECHECK_REQUIRED', 'detail');
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('RECHECK_REQUIRED: detail');
    expect(domain.DOMAIN_ERROR_TITLES[error.code].zh).toBeTruthy();
    expect(Object.keys(domain.DOMAIN_ERROR_TITLES).length).toBeGreaterThanOrEqual(23);
    for (const title of Object.values(domain.DOMAIN_ERROR_TITLES)) expect(title.zh && title.en).toBeTruthy();
    // every code has both titles (the count grows as streams add rules; helpers add codes in parallel)
    for (const [code, title] of Object.entries(domain.DOMAIN_ERROR_TITLES)) expect([code, !!title.zh && !!title.en]).toEqual([code, true]);
    expect(Object.keys(domain.DOMAIN_ERROR_TITLES).length).toBeGreaterThanOrEqual(30);
  });
});
