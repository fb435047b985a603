import { at, codeOf, coordinator, scenario, supervisor, testContext } from '../testing/given';
import type { ActivityContext } from './activity-context';
import type { ActivityCommand } from './activity.commands';
import { decideActivity } from './activity.decide';
import type { ActivityEvent } from './activity.events';
import { evolveActivity, foldActivity } from './activity.evolve';
import { initialActivityState, type ActivityState } from './activity.state';

const givenActivity = scenario<ActivityCommand, ActivityEvent, ActivityState>({
  decide: (command, state, context) => decideActivity(command, state, context as ActivityContext),
  evolve: evolveActivity,
  initialState: initialActivityState,
});
const NOW = '2026-03-02T02:00:00.000Z'; // Monday 2 March 2026, 10:00 in Shanghai
const ctx = (overrides: Partial<ActivityContext> = {}): ActivityContext => ({ ...testContext({ now: NOW, actor: coordinator }), ...overrides });

const plan = (kind: 'joint' | 'special' | 'comprehensive' = 'special'): ActivityCommand => ({
  type: 'PlanActivity', activityId: 'a-1', regionId: 'county-a', number: '督导〔2026〕1号', kind, title: '校园安全专项督导',
  matters: ['safety', 'canteen_hygiene'], targetUnitIds: ['unit-1', 'unit-2'], from: '2026-03-02', to: '2026-03-20',
});
const team = (ids = ['s-1', 's-2', 's-3']): ActivityCommand => ({ type: 'FormTeam', leaderId: ids[0], members: ids.map((supervisorId) => ({ supervisorId, matters: ['safety'] })) });
const notice: ActivityCommand = { type: 'SendNotice', noticeNumber: '督通知〔2026〕1号', content: '定于3月2日起对你校开展专项督导' };
const visit = (unitId = 'unit-1', date = '2026-03-02'): ActivityCommand => ({
  type: 'RecordSiteVisit', unitId, date, methods: ['briefing', 'campus_tour'],
  findings: [{ supervisorId: 's-1', matter: 'safety', highlights: '安全台账齐全', problems: '消防通道堵塞', suggestions: '立即清理' }],
});
const issueFacts = (openOrder: boolean, activityId = 'a-1', unitId = 'unit-1') => ({ 'i-1': { unitId, activityId, openOrder } });

/** Decides each command in turn (each must be accepted) and returns the events so far. */
function run(commands: ActivityCommand[], context: ActivityContext = ctx()): ActivityEvent[] {
  const events: ActivityEvent[] = [];
  for (const command of commands) {
    const outcome = givenActivity(events).when(command, context);
    if (!outcome.events) throw new Error(`${command.type} refused: ${outcome.error?.code}`);
    events.push(...outcome.events);
  }
  return events;
}

describe('activity: plan and team (条例 arts. 10, 16)', () => {
  it('plans an activity with its number, matters and targets', () => {
    const state = foldActivity(run([plan()]));
    expect(state).toMatchObject({ status: 'planned', number: '督导〔2026〕1号', kind: 'special', targetUnitIds: ['unit-1', 'unit-2'], version: 1 });
  });

  it('UNKNOWN_CATEGORY when a matter is not one of the nine', () => {
    expect(codeOf(givenActivity([]).when({ ...plan(), matters: ['astrology'] } as ActivityCommand, ctx()))).toBe('UNKNOWN_CATEGORY');
  });

  it('TEAM_TOO_SMALL: special and comprehensive supervision needs at least three supervisors', () => {
    for (const kind of ['special', 'comprehensive'] as const) {
      expect(codeOf(givenActivity(run([plan(kind)])).when(team(['s-1', 's-2']), ctx()))).toBe('TEAM_TOO_SMALL');
    }
    expect(codeOf(givenActivity(run([plan('joint')])).when(team(['s-1', 's-2']), ctx()))).toBe('ACCEPTED');
  });

  it('CONFLICT_OF_INTEREST: no member may have declared a conflict with any target', () => {
    const context = ctx({ supervisorConflicts: { 's-2': ['unit-2'] } });
    expect(codeOf(givenActivity(run([plan()])).when(team(), context))).toBe('CONFLICT_OF_INTEREST');
    expect(codeOf(givenActivity(run([plan()])).when(team(), ctx({ supervisorConflicts: { 's-2': ['unit-9'] } })))).toBe('ACCEPTED');
  });

  it('NOT_A_TEAM_MEMBER when the leader is not among the members', () => {
    expect(codeOf(givenActivity(run([plan()])).when({ ...team(), leaderId: 's-9' } as ActivityCommand, ctx()))).toBe('NOT_A_TEAM_MEMBER');
  });
});

describe('activity: notice before the first site visit (条例 art. 17)', () => {
  it('TEAM_REQUIRED: the notice and the visits need a team', () => {
    expect(codeOf(givenActivity(run([plan()])).when(notice, ctx()))).toBe('TEAM_REQUIRED');
    expect(codeOf(givenActivity(run([plan('joint')])).when(visit(), ctx()))).toBe('TEAM_REQUIRED');
  });

  it('NOTICE_REQUIRED: a special or comprehensive site visit without a written notice', () => {
    expect(codeOf(givenActivity(run([plan(), team()])).when(visit(), ctx()))).toBe('NOTICE_REQUIRED');
    expect(codeOf(givenActivity(run([plan(), team(), notice])).when(visit(), ctx()))).toBe('ACCEPTED');
  });

  it('a joint visit (联合视导) needs no notice', () => {
    expect(codeOf(givenActivity(run([plan('joint'), team(['s-1'])])).when(visit(), ctx()))).toBe('ACCEPTED');
  });

  it('NOTICE_REQUIRED for a site visit dated before the notice was sent; INVALID_TRANSITION for a notice after a visit', () => {
    expect(codeOf(givenActivity(run([plan(), team(), notice])).when(visit('unit-1', '2026-03-01'), ctx()))).toBe('NOTICE_REQUIRED');
    expect(codeOf(givenActivity(run([plan('joint'), team(['s-1']), visit()])).when(notice, ctx()))).toBe('INVALID_TRANSITION');
  });

  it('UNIT_NOT_TARGETED, NOT_A_TEAM_MEMBER and VISIT_DATE_IN_FUTURE at a site visit', () => {
    const ready = run([plan(), team(), notice]);
    expect(codeOf(givenActivity(ready).when(visit('unit-b'), ctx()))).toBe('UNIT_NOT_TARGETED');
    const stranger = { ...visit(), findings: [{ supervisorId: 's-9', matter: 'safety', highlights: '', problems: '', suggestions: '' }] } as ActivityCommand;
    expect(codeOf(givenActivity(ready).when(stranger, ctx()))).toBe('NOT_A_TEAM_MEMBER');
    expect(codeOf(givenActivity(ready).when(visit('unit-1', '2026-03-03'), ctx()))).toBe('VISIT_DATE_IN_FUTURE');
  });
});

describe('activity: preliminary opinion, statement, opinion letter (条例 arts. 20–21)', () => {
  const visited = () => run([plan(), team(), notice, visit()]);
  const preliminary: ActivityCommand = { type: 'IssuePreliminaryOpinion', unitId: 'unit-1', opinion: '初步意见', issueIds: ['i-1'] };
  const letter: ActivityCommand = { type: 'IssueOpinionLetter', unitId: 'unit-1', evaluation: '总体良好', issueIds: ['i-1'] };

  it('opens a statement window of 10 working days on the calendar', () => {
    const [event] = givenActivity(visited()).when(preliminary, ctx({ issues: issueFacts(false) })).events!;
    // 2 March 2026 + 10 working days = Monday 16 March, end of day in Shanghai
    expect(event).toMatchObject({ type: 'PreliminaryOpinionIssued', data: { statementDueAt: '2026-03-16T15:59:59.000Z', issueIds: ['i-1'] } });
  });

  it('ISSUE_NOT_FROM_ACTIVITY for an issue of another activity or unit', () => {
    expect(codeOf(givenActivity(visited()).when(preliminary, ctx({ issues: issueFacts(false, 'a-2') })))).toBe('ISSUE_NOT_FROM_ACTIVITY');
    expect(codeOf(givenActivity(visited()).when(preliminary, ctx({ issues: issueFacts(false, 'a-1', 'unit-2') })))).toBe('ISSUE_NOT_FROM_ACTIVITY');
    expect(codeOf(givenActivity(visited()).when(preliminary, ctx()))).toBe('ISSUE_NOT_FROM_ACTIVITY');
  });

  it('STATEMENT_WINDOW_CLOSED: the statement is received only inside the window', () => {
    const opined = visited();
    const withOpinion = [...opined, ...givenActivity(opined).when(preliminary, ctx({ issues: issueFacts(false) })).events!];
    const statement: ActivityCommand = { type: 'ReceiveStatement', unitId: 'unit-1', statement: '陈述申辩' };
    expect(codeOf(givenActivity(withOpinion).when(statement, ctx({ now: '2026-03-16T15:00:00.000Z' })))).toBe('ACCEPTED');
    expect(codeOf(givenActivity(withOpinion).when(statement, ctx({ now: '2026-03-16T16:00:00.000Z' })))).toBe('STATEMENT_WINDOW_CLOSED');
  });

  it('STATEMENT_WINDOW_OPEN: no letter while the school may still state its case, unless it has', () => {
    const withOpinion = [...visited(), ...givenActivity(visited()).when(preliminary, ctx({ issues: issueFacts(false) })).events!];
    const facts = { issues: issueFacts(true) };
    expect(codeOf(givenActivity(withOpinion).when(letter, ctx({ ...facts, now: '2026-03-10T02:00:00.000Z' })))).toBe('STATEMENT_WINDOW_OPEN');
    expect(codeOf(givenActivity(withOpinion).when(letter, ctx({ ...facts, now: '2026-03-17T02:00:00.000Z' })))).toBe('ACCEPTED');
    const answered = [...withOpinion, ...givenActivity(withOpinion).when({ type: 'ReceiveStatement', unitId: 'unit-1', statement: '无异议' }, ctx()).events!];
    expect(codeOf(givenActivity(answered).when(letter, ctx({ ...facts, now: '2026-03-10T02:00:00.000Z' })))).toBe('ACCEPTED');
  });

  it('RECTIFICATION_NOT_ORDERED: every listed issue, and every issue of the preliminary opinion, has an open order', () => {
    const withOpinion = [...visited(), ...givenActivity(visited()).when(preliminary, ctx({ issues: issueFacts(false) })).events!];
    const later = '2026-03-17T02:00:00.000Z';
    expect(codeOf(givenActivity(withOpinion).when(letter, ctx({ issues: issueFacts(false), now: later })))).toBe('RECTIFICATION_NOT_ORDERED');
    // leaving the issue out of the letter does not help: the preliminary opinion listed it
    expect(codeOf(givenActivity(withOpinion).when({ ...letter, issueIds: [] } as ActivityCommand, ctx({ issues: issueFacts(false), now: later })))).toBe('RECTIFICATION_NOT_ORDERED');
  });

  it('a joint visit issues its letter without a preliminary opinion', () => {
    const joint = run([plan('joint'), team(['s-1']), visit()]);
    expect(codeOf(givenActivity(joint).when(letter, ctx({ issues: issueFacts(true) })))).toBe('ACCEPTED');
  });
});

describe('activity: reports and publication (条例 art. 23)', () => {
  const report = (unitId: string): ActivityCommand => ({ type: 'FinalizeUnitReport', unitId, report: `${unitId} 视导报告` });
  const letter = (unitId: string): ActivityCommand[] => [
    { type: 'IssuePreliminaryOpinion', unitId, opinion: '初步意见', issueIds: [] },
    { type: 'ReceiveStatement', unitId, statement: '无异议' },
    { type: 'IssueOpinionLetter', unitId, evaluation: '良好', issueIds: [] },
  ];

  it('REPORTS_NOT_FINALIZED: every target school has its final report before publication', () => {
    const joint = run([plan('joint'), team(['s-1']), visit('unit-1'), visit('unit-2'), report('unit-1')]);
    expect(codeOf(givenActivity(joint).when({ type: 'PublishActivityReport', scope: 'public' }, ctx()))).toBe('REPORTS_NOT_FINALIZED');
    const both = [...joint, ...run([], ctx()), ...givenActivity(joint).when(report('unit-2'), ctx()).events!];
    expect(codeOf(givenActivity(both).when({ type: 'PublishActivityReport', scope: 'public' }, ctx()))).toBe('ACCEPTED');
  });

  it('a special report comes after the opinion letter', () => {
    const visited = run([plan(), team(), notice, visit('unit-1')]);
    expect(codeOf(givenActivity(visited).when(report('unit-1'), ctx()))).toBe('INVALID_TRANSITION');
  });

  it('REPORT_NOT_PUBLISHED: a special or comprehensive activity closes only after public publication; a joint one any time', () => {
    const close: ActivityCommand = { type: 'CloseActivity', note: '结束' };
    const special = run([plan(), team(), notice, visit('unit-1'), visit('unit-2'), ...letter('unit-1'), ...letter('unit-2')]);
    expect(codeOf(givenActivity(special).when(close, ctx()))).toBe('REPORT_NOT_PUBLISHED');
    const reported = run([plan(), team(), notice, visit('unit-1'), visit('unit-2'), ...letter('unit-1'), ...letter('unit-2'), report('unit-1'), report('unit-2')]);
    const internal = [...reported, ...givenActivity(reported).when({ type: 'PublishActivityReport', scope: 'internal' }, ctx()).events!];
    expect(codeOf(givenActivity(internal).when(close, ctx()))).toBe('REPORT_NOT_PUBLISHED');
    const published = [...reported, ...givenActivity(reported).when({ type: 'PublishActivityReport', scope: 'public' }, ctx()).events!];
    const closed = givenActivity(published).when(close, ctx());
    expect(closed.after.status).toBe('closed');
    expect(codeOf(givenActivity([...published, ...closed.events!]).when(report('unit-1'), ctx()))).toBe('ACTIVITY_CLOSED');
    expect(codeOf(givenActivity(run([plan('joint')])).when(close, ctx()))).toBe('ACCEPTED');
  });
});

describe('activity: members\' 评估小结', () => {
  it('a member submits their own summary; NOT_A_TEAM_MEMBER otherwise', () => {
    const formed = run([plan('joint'), team(['s-1', 's-2'])]);
    const summary: ActivityCommand = { type: 'SubmitMemberSummary', supervisorId: 's-2', highlights: '亮点', problemsAndSuggestions: '问题与建议' };
    expect(codeOf(givenActivity(formed).when(summary, ctx({ actor: supervisor, actorSupervisorId: 's-2' })))).toBe('ACCEPTED');
    expect(codeOf(givenActivity(formed).when(summary, ctx({ actor: supervisor, actorSupervisorId: 's-1' })))).toBe('NOT_A_TEAM_MEMBER');
    expect(codeOf(givenActivity(formed).when({ ...summary, supervisorId: 's-7' } as ActivityCommand, ctx()))).toBe('NOT_A_TEAM_MEMBER');
    expect(foldActivity([...formed, ...givenActivity(formed).when(summary, ctx()).events!])).toMatchObject({ summaries: { 's-2': { highlights: '亮点' } } });
  });

  it('a refused command changes nothing and evolve never throws on junk', () => {
    const formed = run([plan('joint'), team(['s-1'])]);
    const outcome = givenActivity(formed).when(visit('unit-b'), ctx());
    expect(outcome.after).toBe(outcome.before);
    expect(() => evolveActivity(foldActivity(formed), { type: 'SiteVisited', data: null } as never)).not.toThrow();
    expect(at(NOW).now).toBe(NOW);
  });
});
