import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/**
 * The visit record (督导记录, DESIGN §3.5): the flow of the visit (听取汇报 … 集中反馈), how long it took, what was fed
 * back on the spot, 成绩与亮点 / 问题 / 建议; the problems registered as issues linked to the visit; list, page, export.
 */
describe('visit records: flow, findings and the issues registered from them', () => {
  const clock = new ManualClock('2026-10-15T06:00:00.000Z');
  let app: TestApp;
  let sup01: string;

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { PROJECTION_POLL_INTERVAL_MS: '20', DEADLINE_SCAN_INTERVAL_MS: '100' } });
    sup01 = await app.login('sup01');
  });
  afterAll(async () => {
    await app?.stop();
  });

  const record = {
    unitId: 'u-002', kind: 'routine', date: '2026-10-14', matters: ['safety', 'student_burden'], notes: '挂牌督导',
    methods: ['briefing', 'lesson_observation', 'campus_tour', 'document_review', 'meeting_attendance', 'interviews', 'questionnaire', 'team_huddle', 'feedback_session'],
    durationDays: 0.5, highlights: '课后服务丰富', problems: '1. 消防通道堵塞\n2. 作业量超标', suggestions: '建立巡查台账', onSiteFeedback: '已向校长当场反馈',
  };

  it('records the full visit, links the issues registered from its problems, and shows and exports them', async () => {
    const visit = await app.api('POST', '/visits', { token: sup01, body: record });
    expect(visit.status).toBe(201);
    let last = visit.body.position as string;
    for (const [category, title] of [['safety', '消防通道堵塞'], ['student_burden', '作业量超标']]) {
      const issue = await app.api('POST', '/issues', {
        token: sup01, body: { unitId: 'u-002', category, severity: 'general', title, description: '督导发现', source: { kind: 'visit', visitId: visit.body.id } },
      });
      expect(issue.status).toBe(201);
      last = issue.body.position;
    }
    // The visit's issues are named from the issue summary, another read model: wait until both have them.
    let page = await app.api('GET', `/visits/${visit.body.id}?minPosition=${last}`, { token: sup01 });
    for (let i = 0; i < 200 && page.body.issues?.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      page = await app.api('GET', `/visits/${visit.body.id}?minPosition=${last}`, { token: sup01 });
    }
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      unitName: '示范县第一中学', date: '2026-10-14', methods: record.methods, durationDays: 0.5, highlights: '课后服务丰富',
      problems: record.problems, suggestions: '建立巡查台账', onSiteFeedback: '已向校长当场反馈', issueCount: 2,
    });
    expect((page.body.issues as { title: string }[]).map((i) => i.title).sort()).toEqual(['作业量超标', '消防通道堵塞']);

    const csv = await (await fetch(`${app.url}/api/visits?format=csv`, { headers: { authorization: `Bearer ${sup01}` } })).text();
    expect(csv).toContain('督导方式');
    expect(csv).toContain('听取汇报、随机听课、巡视校园、查阅资料、列席会议、座谈走访、问卷调查、小组碰头、集中反馈,0.5,课后服务丰富');
    const english = await (await fetch(`${app.url}/api/visits?format=csv&lang=en`, { headers: { authorization: `Bearer ${sup01}` } })).text();
    expect(english).toContain('Briefing; Lesson observation');
  });

  it('refuses a method that is not a flow item (400) and a duration not in halves (422), appending nothing', async () => {
    const before = (await app.api('GET', '/visits', { token: sup01 })).body.total;
    const method = await app.api('POST', '/visits', { token: sup01, body: { ...record, methods: ['picnic'] } });
    expect(method.status).toBe(400);
    expect(method.body.code).toBe('VALIDATION_FAILED');
    const duration = await app.api('POST', '/visits', { token: sup01, body: { ...record, durationDays: 0.75 } });
    expect(duration.status).toBe(422);
    expect(duration.body).toMatchObject({ code: 'VISIT_RECORD_INVALID', titleZh: expect.any(String) });
    expect((await app.api('GET', '/visits', { token: sup01 })).body.total).toBe(before);
  });

  it('has the visit report due 3 working days after the visit, lists it overdue, and records a late one as late', async () => {
    const visit = await app.api('POST', '/visits', { token: sup01, body: { ...record, unitId: 'u-003', date: '2026-10-14' } });
    expect(visit.status).toBe(201);
    const page = await app.api('GET', `/visits/${visit.body.id}?minPosition=${visit.body.position}`, { token: sup01 });
    // Wednesday 14 October + 3 working days = Monday 19 October, end of day in Shanghai
    expect(page.body).toMatchObject({ reportDueAt: '2026-10-19T15:59:59.000Z', reportSubmittedAt: null, reportOverdue: false });
    clock.set('2026-10-19T16:00:00.000Z');
    const overdue = await app.api('GET', '/visits?reportOverdue=true', { token: sup01 });
    expect((overdue.body.items as { visitId: string; reportOverdue: boolean }[]).find((v) => v.visitId === visit.body.id)).toMatchObject({ reportOverdue: true });
    // The duties clock marks the missing report: an alert for the supervisor, once.
    const reportAlerts = async () => ((await app.api('GET', '/alerts?kind=visit_report_overdue&pageSize=50', { token: sup01 })).body.items as { unitId: string; title: string }[]);
    const forThisVisit = async () => (await reportAlerts()).filter((a) => a.unitId === 'u-003');
    for (let i = 0; i < 200 && (await forThisVisit()).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await forThisVisit()).toEqual([expect.objectContaining({ title: expect.stringMatching(/^督导报告逾期未交：督学01 · \S+/) })]);
    expect((await reportAlerts()).map((a) => a.unitId).sort()).toEqual(['u-002', 'u-003']); // the first visit's report is missing too
    const sup02 = await app.login('sup02');
    expect((await app.api('POST', `/visits/${visit.body.id}/report`, { token: sup02, body: { report: 'x' } })).status).toBe(404);
    const report = await app.api('POST', `/visits/${visit.body.id}/report`, { token: sup01, body: { report: '督导报告：课后服务规范' } });
    expect(report.status).toBe(200);
    const after = await app.api('GET', `/visits/${visit.body.id}?minPosition=${report.body.position}`, { token: sup01 });
    expect(after.body).toMatchObject({ report: '督导报告：课后服务规范', reportLate: true, reportOverdue: false });
    expect((await app.api('GET', '/visits?reportOverdue=true', { token: sup01 })).body.items.map((v: { visitId: string }) => v.visitId)).not.toContain(visit.body.id);
    expect((await app.api('POST', `/visits/${visit.body.id}/report`, { token: sup01, body: { report: 'again' } })).status).toBe(409);

    // The report submitted ends that visit's alert (and only it): resolved, the first visit's still open.
    const allAlerts = async () => ((await app.api('GET', `/alerts?kind=visit_report_overdue&state=all&pageSize=50&minPosition=${report.body.position}`, { token: sup01 })).body.items as { unitId: string; resolvedAt: string | null; resolvedReason: string | null }[]);
    expect((await allAlerts()).find((a) => a.unitId === 'u-003')).toMatchObject({ resolvedAt: expect.any(String), resolvedReason: 'report_submitted' });
    expect((await allAlerts()).find((a) => a.unitId === 'u-002')).toMatchObject({ resolvedAt: null });
    const active = await app.api('GET', '/alerts?kind=visit_report_overdue&state=active&pageSize=50', { token: sup01 });
    expect(active.body.items.map((a: { unitId: string }) => a.unitId)).toEqual(['u-002']);
  });
});
