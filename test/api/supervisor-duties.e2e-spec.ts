import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/**
 * Supervisors' duties (DESIGN §3.5): training hours against 40 a year (short from October), conflicts of interest
 * that are enforced — no team for the unit, no recheck of it — until withdrawn, appraisals by the office, and the
 * compliance list for the leader (counted months met, visits, training), exported through the lists path.
 */
describe('supervisor duties: training, recusal, appraisal, compliance', () => {
  const clock = new ManualClock('2026-09-10T02:00:00.000Z');
  let app: TestApp;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { PROJECTION_POLL_INTERVAL_MS: '20', DEADLINE_SCAN_INTERVAL_MS: '100' } });
    for (const user of ['coordinator', 'leader', 'sup01', 'sup02', 'sup03', 'unit001', 'leaderb']) token[user] = await app.login(user);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const call = (path: string, user: string, body: unknown) => app.api('POST', path, { token: token[user], body });
  const ok = async (path: string, user: string, body: unknown, status = 200) => {
    const response = await call(path, user, body);
    if (response.status !== status) throw new Error(`${path} as ${user}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; position: string };
  };

  it('records training and appraisals by whom they belong to', async () => {
    await ok('/supervisors/s-01/trainings', 'sup01', { date: '2026-03-10', course: '责任督学集中培训', hours: 16 });
    await ok('/supervisors/s-01/trainings', 'coordinator', { date: '2026-06-20', course: '督导评估专题', hours: 8 });
    expect((await call('/supervisors/s-01/trainings', 'sup02', { date: '2026-03-10', course: 'x', hours: 1 })).status).toBe(403);
    expect((await call('/supervisors/s-01/appraisals', 'sup01', { year: 2025, grade: 'excellent' })).status).toBe(403);
    await ok('/supervisors/s-01/appraisals', 'coordinator', { year: 2025, grade: 'excellent', notes: '' });
    expect((await call('/supervisors/s-01/trainings', 'sup01', { date: '2026-09-11', course: 'x', hours: 2 })).body.code).toBe('SUPERVISOR_RECORD_INVALID');
    expect((await call('/supervisors/s-01/appraisals', 'leaderb', { year: 2025, grade: 'competent' })).status).toBe(404);
  });

  it('enforces a declared conflict: no team for the unit, no recheck of its issues, until withdrawn', async () => {
    await ok('/supervisors/s-03/conflicts', 'sup03', { unitId: 'u-002', reason: '配偶在该校任职' });
    const plan = await ok('/activities', 'coordinator', { kind: 'special', title: '专项督导', matters: ['safety'], targetUnitIds: ['u-002'], from: '2026-09-14', to: '2026-09-18' }, 201);
    const team = { leaderId: 's-01', members: ['s-01', 's-02', 's-03'].map((supervisorId) => ({ supervisorId, matters: ['safety'] })) };
    const refused = await call(`/activities/${plan.id}/team`, 'coordinator', team);
    expect(refused.body).toMatchObject({ status: 422, code: 'CONFLICT_OF_INTEREST', titleZh: '督学与被督导单位有利害关系，应当回避' });

    // sup01 is conflicted with u-001: they may not recheck its issue.
    await ok('/supervisors/s-01/conflicts', 'coordinator', { unitId: 'u-001', reason: '曾任该校校长' });
    const issue = await ok('/issues', 'coordinator', { unitId: 'u-001', category: 'safety', severity: 'general', title: '围墙破损', description: 'x', source: { kind: 'other' } }, 201);
    await ok(`/issues/${issue.id}/rectification-orders`, 'coordinator', { requirements: '修复', workingDays: 5 });
    await ok(`/issues/${issue.id}/rectification-reports`, 'unit001', { measures: '已修复' });
    const recheck = await call(`/issues/${issue.id}/rechecks`, 'sup01', { method: 'on_site', outcome: 'passed', findings: '已修复' });
    expect(recheck.body.code).toBe('RECHECKER_NOT_INDEPENDENT');

    await ok('/supervisors/s-03/conflicts/u-002/withdraw', 'sup03', { reason: '配偶已调离' });
    await ok(`/activities/${plan.id}/team`, 'coordinator', team);
  });

  it('lists compliance for the leader — school-months met, training short from October — and exports it', async () => {
    await ok('/visits', 'sup01', { unitId: 'u-001', kind: 'routine', date: '2026-09-10', matters: ['safety'] }, 201);
    const last = await ok('/supervisors/s-02/trainings', 'sup02', { date: '2026-09-09', course: '年度培训', hours: 40 });
    clock.set('2026-10-15T02:00:00.000Z'); // from October the duties clock flags a year short of 40 hours
    const list = await app.api('GET', `/supervisors?pageSize=50&minPosition=${last.position}`, { token: token.leader });
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(19);
    const s01 = list.body.items.find((r: { supervisorId: string }) => r.supervisorId === 's-01');
    expect(s01).toMatchObject({
      name: '督学01', metSchoolMonths: 1, requiredSchoolMonths: 5, visitsThisSchoolYear: 1, trainingYear: 2026, trainingHours: 24, trainingMissing: 16,
      trainingShortfall: true, conflictUnitIds: ['u-001'], appraisal: { year: 2025, grade: 'excellent' },
    });
    expect(list.body.items.find((r: { supervisorId: string }) => r.supervisorId === 's-02')).toMatchObject({ trainingHours: 40, trainingShortfall: false });

    // A supervisor sees themselves (a zone leader their zone); a school does not see the list.
    const own = await app.api('GET', '/supervisors', { token: token.sup02 });
    expect(own.body.items.map((r: { supervisorId: string }) => r.supervisorId)).toEqual(['s-02']);
    expect((await app.api('GET', '/supervisors', { token: token.sup01 })).body.total).toBe(4);
    expect((await app.api('GET', '/supervisors', { token: token.unit001 })).status).toBe(403);
    expect((await app.api('GET', '/supervisors/s-01', { token: token.leaderb })).status).toBe(404);
    const page = await app.api('GET', '/supervisors/s-01', { token: token.sup01 });
    expect(page.body.duties.trainings).toHaveLength(2);

    // The duties clock flagged s-01's shortfall (once), not s-02's: an alert for the leader.
    const shortfalls = async () => ((await app.api('GET', '/alerts?kind=training_short&state=all&pageSize=200', { token: token.leader })).body.items as { supervisorId: string; title: string }[]);
    for (let i = 0; i < 200 && !(await shortfalls()).some((a) => a.supervisorId === 's-01'); i++) await new Promise((r) => setTimeout(r, 50));
    const flagged = await shortfalls();
    expect(flagged.find((a) => a.supervisorId === 's-01')?.title).toBe('2026 年培训学时不足：督学01（差 16 学时）');
    expect(flagged.some((a) => a.supervisorId === 's-02')).toBe(false);

    const csv = await (await fetch(`${app.url}/api/supervisors?format=csv`, { headers: { authorization: `Bearer ${token.leader}` } })).text();
    expect(csv.split('\n')[0]).toContain('本年培训学时');
    expect(csv).toContain('督学01,第一责任区,专职,5,1/5,1,24,是,示范县实验小学,2025 优秀');

    // Hours recorded after the flag end it only once the year's 40 are made up (16 missing: 10, then 6).
    const alertOf = async (minPosition: string) =>
      ((await app.api('GET', `/alerts?kind=training_short&state=all&pageSize=200&minPosition=${minPosition}`, { token: token.leader })).body.items as { supervisorId: string; resolvedAt: string | null; resolvedReason: string | null }[])
        .find((a) => a.supervisorId === 's-01');
    const partly = await ok('/supervisors/s-01/trainings', 'sup01', { date: '2026-10-12', course: '督导实务', hours: 10 });
    expect(await alertOf(partly.position)).toMatchObject({ resolvedAt: null });
    const lastYear = await ok('/supervisors/s-01/trainings', 'sup01', { date: '2025-12-01', course: '上年补录', hours: 20 });
    expect(await alertOf(lastYear.position)).toMatchObject({ resolvedAt: null });
    const enough = await ok('/supervisors/s-01/trainings', 'sup01', { date: '2026-10-14', course: '督导评估', hours: 6 });
    expect(await alertOf(enough.position)).toMatchObject({ resolvedAt: expect.any(String), resolvedReason: 'training_completed' });
  });
});
