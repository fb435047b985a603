import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/**
 * Supervision activities (DESIGN §3.5) over HTTP: a joint visit (联合视导) of zone 1's team over three schools from
 * the plan to published reports, the problems found registered as issues and ordered rectified before the opinion
 * letter; a special supervision refused without a team of three or a written notice.
 */
describe('activities: a joint visit of a zone team over three schools, plan to published reports', () => {
  const clock = new ManualClock('2026-10-12T02:00:00.000Z'); // Monday 12 October 2026, 10:00 in Shanghai
  let app: TestApp;
  const token: Record<string, string> = {};
  const schools = ['u-001', 'u-002', 'u-003'];

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { PROJECTION_POLL_INTERVAL_MS: '20' } });
    for (const user of ['coordinator', 'sup01', 'sup02', 'sup03', 'unit001', 'leaderb', 'supb01']) token[user] = await app.login(user);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const post = async (path: string, user: string, body: unknown, expected = 200) => {
    const response = await app.api('POST', path, { token: token[user], body });
    if (response.status !== expected) throw new Error(`${path} as ${user}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; number?: string; version: number; position: string };
  };

  it('runs the whole joint visit, with issues ordered from the opinion letter', async () => {
    const plan = await post('/activities', 'coordinator', {
      kind: 'joint', title: '第一责任区2026年秋季联合视导', matters: ['safety', 'student_burden'], targetUnitIds: schools, from: '2026-10-12', to: '2026-10-16',
    }, 201);
    expect(plan.number).toBe('督导〔2026〕1号');
    const a = `/activities/${plan.id}`;
    await post(`${a}/team`, 'coordinator', { leaderId: 's-01', members: [{ supervisorId: 's-01', matters: ['safety'] }, { supervisorId: 's-02', matters: ['student_burden'] }, { supervisorId: 's-03', matters: ['safety'] }] });

    // Each school visited by the team: the flow, and each member's findings on their matters.
    for (const unitId of schools) {
      await post(`${a}/site-visits`, 'sup01', {
        unitId, date: '2026-10-12', methods: ['briefing', 'lesson_observation', 'campus_tour', 'document_review', 'team_huddle', 'feedback_session'],
        findings: [
          { supervisorId: 's-01', matter: 'safety', highlights: '安全台账规范', problems: unitId === 'u-001' ? '消防通道堵塞' : '', suggestions: '每日巡查' },
          { supervisorId: 's-02', matter: 'student_burden', highlights: '作业公示', problems: '', suggestions: '' },
        ],
      });
    }
    // A member records their own 评估小结; someone else's is refused.
    await post(`${a}/member-summaries`, 'sup02', { supervisorId: 's-02', highlights: '作业管理规范', problemsAndSuggestions: '建议加强体育锻炼' });
    const notMine = await app.api('POST', `${a}/member-summaries`, { token: token.sup02, body: { supervisorId: 's-03', highlights: 'x', problemsAndSuggestions: 'x' } });
    expect(notMine.body.code).toBe('NOT_A_TEAM_MEMBER');

    // The problem found at u-001 becomes an issue of the activity; an issue at a school not targeted is refused.
    const issue = await post('/issues', 'sup01', { unitId: 'u-001', category: 'safety', severity: 'general', title: '消防通道堵塞', description: '联合视导发现', source: { kind: 'activity', activityId: plan.id } }, 201);
    const stray = await app.api('POST', '/issues', { token: token.sup01, body: { unitId: 'u-004', category: 'safety', severity: 'general', title: 'x', description: 'x', source: { kind: 'activity', activityId: plan.id } } });
    expect(stray.body.code).toBe('UNIT_NOT_TARGETED');

    // The opinion letter orders rectification of every problem: refused until the issue has an open order.
    const letter = { unitId: 'u-001', evaluation: '总体良好，安全管理需加强', issueIds: [issue.id] };
    const early = await app.api('POST', `${a}/opinion-letters`, { token: token.coordinator, body: letter });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'RECTIFICATION_NOT_ORDERED', titleZh: '督导意见书所列问题须已下达整改通知' });
    await post(`/issues/${issue.id}/rectification-orders`, 'sup01', { requirements: '立即清理消防通道', workingDays: 10 });
    const issued = await post(`${a}/opinion-letters`, 'coordinator', letter);
    expect(issued.number).toBe('督导意见〔2026〕1号');
    for (const unitId of ['u-002', 'u-003']) await post(`${a}/opinion-letters`, 'sup01', { unitId, evaluation: '良好', issueIds: [] });

    // Reports per school, then publication: refused while a school's report is missing.
    await post(`${a}/unit-reports`, 'sup01', { unitId: 'u-001', report: '示范县实验小学视导报告' });
    const missing = await app.api('POST', `${a}/publish`, { token: token.coordinator, body: { scope: 'public' } });
    expect(missing.body.code).toBe('REPORTS_NOT_FINALIZED');
    await post(`${a}/unit-reports`, 'sup02', { unitId: 'u-002', report: '示范县第一中学视导报告' });
    await post(`${a}/unit-reports`, 'sup01', { unitId: 'u-003', report: '第三所学校视导报告' });
    const published = await post(`${a}/publish`, 'coordinator', { scope: 'public' });
    // 向社会公布: anyone reads each school's report, with the letter's number and no names of persons.
    const open = await app.api('GET', `/public/reports?minPosition=${published.position}`);
    expect(open.status).toBe(200);
    expect(open.body.items[0]).toMatchObject({ number: '督导〔2026〕1号', title: '第一责任区2026年秋季联合视导' });
    expect(open.body.items[0].reports[0]).toEqual({ unitId: 'u-001', unitName: '示范县实验小学', letterNumber: '督导意见〔2026〕1号', report: '示范县实验小学视导报告' });
    expect(JSON.stringify(open.body)).not.toMatch(/督学0|s-0/);
    const closed = await post(`${a}/close`, 'coordinator', { note: '视导结束' });

    const page = await app.api('GET', `${a}?minPosition=${closed.position}`, { token: token.coordinator });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ number: '督导〔2026〕1号', kind: 'joint', stage: 'closed', publishedScope: 'public', memberSupervisorIds: ['s-01', 's-02', 's-03'] });
    expect(page.body.state.units['u-001']).toMatchObject({ letter: { letterNumber: '督导意见〔2026〕1号', issueIds: [issue.id] }, report: { report: '示范县实验小学视导报告' } });
    expect(page.body.state.units['u-001'].visits[0].findings).toHaveLength(2);
    expect(page.body.state.summaries['s-02']).toMatchObject({ highlights: '作业管理规范' });

    // The school sees its own part only; another county does not see it at all.
    const school = await app.api('GET', a, { token: token.unit001 });
    expect(Object.keys(school.body.state.units)).toEqual(['u-001']);
    expect((await app.api('GET', a, { token: token.leaderb })).status).toBe(404);
    expect((await app.api('GET', '/activities', { token: token.leaderb })).body.total).toBe(0);

    const list = await app.api('GET', '/activities', { token: token.sup02 });
    expect(list.body).toMatchObject({ total: 1, items: [{ number: '督导〔2026〕1号', stage: 'closed' }] });
    const csv = await (await fetch(`${app.url}/api/activities?format=csv`, { headers: { authorization: `Bearer ${token.coordinator}` } })).text();
    expect(csv).toContain('督导〔2026〕1号,联合视导,第一责任区2026年秋季联合视导,示范县实验小学、示范县第一中学');
    expect(csv).toContain('已结束');
  });

  it('refuses a special supervision without a team of three, or a site visit before the written notice', async () => {
    const plan = await post('/activities', 'coordinator', {
      kind: 'special', title: '食堂专项督导', matters: ['canteen_hygiene'], targetUnitIds: ['u-004'], from: '2026-10-12', to: '2026-10-30',
    }, 201);
    const a = `/activities/${plan.id}`;
    const small = await app.api('POST', `${a}/team`, { token: token.coordinator, body: { leaderId: 's-01', members: [{ supervisorId: 's-01', matters: [] }, { supervisorId: 's-02', matters: [] }] } });
    expect(small.body).toMatchObject({ code: 'TEAM_TOO_SMALL', status: 422 });
    await post(`${a}/team`, 'coordinator', { leaderId: 's-01', members: ['s-01', 's-02', 's-03'].map((supervisorId) => ({ supervisorId, matters: ['canteen_hygiene'] })) });
    const visit = { unitId: 'u-004', date: '2026-10-12', methods: ['campus_tour'], findings: [] };
    const early = await app.api('POST', `${a}/site-visits`, { token: token.sup01, body: visit });
    expect(early.body.code).toBe('NOTICE_REQUIRED');
    const notice = await post(`${a}/notice`, 'coordinator', { content: '定于10月12日对你校食堂开展专项督导' });
    expect(notice.number).toBe('督导通知〔2026〕1号');
    await post(`${a}/site-visits`, 'sup01', visit);
    // Only the office plans special supervision; a school does not act on activities.
    expect((await app.api('POST', '/activities', { token: token.sup01, body: { kind: 'special', title: 'x', matters: ['safety'], targetUnitIds: ['u-001'], from: '2026-10-12', to: '2026-10-13' } })).status).toBe(403);
    expect((await app.api('POST', `${a}/close`, { token: token.unit001, body: {} })).status).toBe(403);
    const close = await app.api('POST', `${a}/close`, { token: token.coordinator, body: {} });
    expect(close.body.code).toBe('REPORT_NOT_PUBLISHED');
  });
});
