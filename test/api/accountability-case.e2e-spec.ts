import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { scanDatabase } from '../personal-data/personal-data.helpers';
import { eventually, historyTypes, registerIssue } from '../read-side/read-side.helpers';

/*
 * Issue #15 over HTTP: an overdue issue climbs 催办 → 督办 → 约谈, stays unrectified and is proposed; an accountability
 * case runs as due process (no opinion before the statement, approval only by the committee chair), its decision
 * reaches the issue through the process manager, and the issue closes after a bulletin. A review on day 31 is refused.
 */
describe('an accountability case from an overdue issue to the issue closing', () => {
  const clock = new ManualClock('2026-03-02T02:00:00.000Z'); // Mon 10:00 Shanghai
  let app: TestApp;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DEADLINE_SCAN_INTERVAL_MS: '200', PROJECTION_POLL_INTERVAL_MS: '20', ACCOUNTABILITY_COMMITTEE: 'cityleader:chair' } });
    for (const user of ['sup01', 'coordinator', 'leader', 'cityleader', 'unit001', 'leaderb']) token[user] = await app.login(user);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const post = async (user: string, path: string, body: object = {}) => app.api('POST', path, { token: token[user], body });
  const ok = async (user: string, path: string, body: object = {}) => {
    const response = await post(user, path, body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; version: number; position: string; number?: string };
  };

  it('runs the ladder, the case and the closing', async () => {
    const issue = await registerIssue(app, token.sup01, 'u-001', { severity: 'general' });
    await ok('sup01', `/issues/${issue.id}/rectification-orders`, { requirements: '落实食品留样制度', deadline: '2026-03-04T15:59:59.000Z' });
    clock.set('2026-03-05T02:00:00.000Z');
    await ok('sup01', `/issues/${issue.id}/reminders`, { level: 'urge', note: '请尽快整改' });
    await ok('coordinator', `/issues/${issue.id}/reminders`, { level: 'supervise', note: '督办' });
    clock.set('2026-03-13T02:00:00.000Z'); // Fri: 5 working days after Thu 03-05 ended Thu 03-12
    await ok('leader', `/issues/${issue.id}/interviews`, { attendees: ['张某某'], problems: '未整改', commitments: '限期整改', newDeadline: '2026-03-18T15:59:59.000Z' });
    clock.set('2026-03-19T02:00:00.000Z');
    await ok('unit001', `/issues/${issue.id}/rectification-reports`, { measures: '已整改' });
    await ok('sup01', `/issues/${issue.id}/rechecks`, { method: 'on_site', outcome: 'passed', findings: '已整改到位' });
    expect((await historyTypes(app, token.sup01, issue.id))).toContain('AccountabilityProposed');
    const refused = await post('sup01', `/issues/${issue.id}/close`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('ACCOUNTABILITY_REQUIRED');

    // 立案 — a subject outside the issue's unit and superiors is refused by the kept rule
    const subjects = [{ kind: 'unit', unitId: 'u-001', name: '示范县实验小学' }, { kind: 'person', unitId: 'u-001', name: '李某某校长', position: '校长' }];
    const wrong = await post('coordinator', '/accountability-cases', { issueIds: [issue.id], subjects: [{ kind: 'unit', unitId: 'u-002', name: 'x' }], grounds: ['g'] });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('ACCOUNTABILITY_TARGET_INVALID');
    expect((await post('leaderb', '/accountability-cases', { issueIds: [issue.id], subjects, grounds: ['g'] })).status).toBe(404);
    const opened = await post('coordinator', '/accountability-cases', { issueIds: [issue.id], subjects, grounds: ['约谈后仍未整改'] });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id as string;
    expect(opened.body.number).toMatch(/问责〔2026〕1号$/);
    const base = `/accountability-cases/${caseId}`;
    // each step waits in someone's inbox: the office's for the investigation (due in 60 days), the chair's for approval
    const toDo = async (user: string, position: string) => {
      const inbox = (await app.api('GET', `/inbox?minPosition=${position}&pageSize=100`, { token: token[user] })).body;
      return (inbox.items as { kind: string; subjectId: string; dueAt: string | null; number: string }[]).filter((i) => i.subjectId === caseId);
    };
    await eventually(async () => (await toDo('coordinator', opened.body.position)).some((i) => i.kind === 'case_investigate'), 10_000, 'the investigation to-do');
    expect((await toDo('coordinator', opened.body.position))[0]).toMatchObject({ kind: 'case_investigate', number: opened.body.number, dueAt: expect.any(String) });
    await ok('coordinator', `${base}/investigation-group`, { members: ['督学甲', '督学乙'] });
    await ok('coordinator', `${base}/facts`, { facts: '逾期未整改，约谈后仍未按期整改', proceed: true });
    const measures = [{ subject: 0, measure: 'public_criticism' }, { subject: 1, measure: 'disciplinary_sanction' }];
    await ok('coordinator', `${base}/notice`, { proposedMeasures: measures });
    const early = await post('coordinator', `${base}/opinion`, { measures });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'STATEMENT_NOT_HEARD', titleZh: '未听取陈述和申辩，不得作出决定' });
    await ok('coordinator', `${base}/statement`, { statement: '已尽力整改，请求从轻' });
    const formed = await ok('coordinator', `${base}/opinion`, { measures });
    await eventually(async () => (await toDo('cityleader', formed.position)).some((i) => i.kind === 'case_approval'), 10_000, 'the approval to-do');
    expect((await toDo('coordinator', formed.position)).map((i) => i.kind)).toEqual([]);
    const notChair = await post('leader', `${base}/approval`);
    expect(notChair.status).toBe(422);
    expect(notChair.body.code).toBe('APPROVER_NOT_CHAIR');
    expect((await post('coordinator', `${base}/approval`)).status).toBe(403);
    await ok('cityleader', `${base}/approval`);
    clock.set('2026-03-23T02:00:00.000Z');
    const decided = await ok('coordinator', `${base}/decision`, { basicFacts: '基本情况', facts: '问责事实', basis: '《教育督导问责办法》第十条', effectiveDate: '2026-03-23' });
    expect(decided.number).toBe('督问决〔2026〕1号');
    await eventually(async () => (await toDo('coordinator', decided.position)).some((i) => i.kind === 'case_measures'), 10_000, 'the measures to-do');
    const executeSanction = await post('coordinator', `${base}/measures/1/execution`, { note: 'x' });
    expect(executeSanction.status).toBe(422);
    expect(executeSanction.body.code).toBe('MEASURE_REFERRAL_ONLY');
    await ok('coordinator', `${base}/measures/1/referral`, { to: 'discipline_inspection', note: '移送县纪委监委' });
    const lastMeasure = await ok('coordinator', `${base}/measures/0/execution`, { note: '已公开批评' });
    await eventually(async () => !(await toDo('coordinator', lastMeasure.position)).some((i) => i.kind === 'case_measures'), 10_000, 'the measures to-do gone');

    // the process manager records the decision on the issue, with the case
    await eventually(async () => (await historyTypes(app, token.sup01, issue.id)).includes('AccountabilityDecided'), 10_000, 'the decision on the issue');
    const history = (await app.api('GET', `/issues/${issue.id}/history`, { token: token.leader })).body.events as { type: string; data: Record<string, unknown> }[];
    expect(history.find((e) => e.type === 'AccountabilityDecided')?.data).toMatchObject({ caseId, docNumber: '督问决〔2026〕1号', measures: ['public_criticism', 'disciplinary_sanction'] });

    const bulletin = await ok('coordinator', '/bulletins', { title: '整改情况通报', issueIds: [issue.id] });
    await ok('coordinator', `/bulletins/${bulletin.id}/publish`, { scope: 'internal' });
    await eventually(async () => (await historyTypes(app, token.sup01, issue.id)).includes('ResultReported'), 10_000, 'the result reported');
    expect((await post('sup01', `/issues/${issue.id}/close`, { note: '销号' })).status).toBe(200);

    // the register: paged, exported, no person's name anywhere
    const register = await app.api('GET', `/accountability-cases?minPosition=${encodeURIComponent(decided.position)}`, { token: token.leader });
    expect(register.status).toBe(200);
    expect(register.body.items.find((c: { caseId: string }) => c.caseId === caseId)).toMatchObject({
      stage: 'decided', docNumber: '督问决〔2026〕1号', measures: ['public_criticism', 'disciplinary_sanction'], personSubjects: 1, nextClock: 'appeal_filing',
    });
    const csv = await fetch(`${app.url}/api/accountability-cases?format=csv`, { headers: { authorization: `Bearer ${token.leader}` } });
    const text = await csv.text();
    expect(text).toContain('督问决〔2026〕1号');
    expect(text).toContain('示范县实验小学');
    expect(text).not.toContain('李某某');
    expect(await scanDatabase(app.database.url, ['李某某校长'])).toEqual([]);
    const detail = await app.api('GET', base, { token: token.leader });
    expect(detail.body).toMatchObject({ stage: 'decided', subjects: [{ name: '示范县实验小学' }, { name: '李某某校长' }] });
    expect((await app.api('GET', base, { token: token.leaderb })).status).toBe(404);

    // review within 30 days of the decision: day 31 is refused
    clock.set('2026-04-23T01:00:00.000Z');
    const late = await post('coordinator', `${base}/review-requests`, { grounds: '事实认定有误' });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('STATUTORY_WINDOW_CLOSED');
    await ok('coordinator', `${base}/archive`);
  });

  it('records a missed appeal decision (60 days) as an event, by the case clock, with no command on the case', async () => {
    clock.set('2026-05-04T02:00:00.000Z');
    const issue = await registerIssue(app, token.sup01, 'u-001', { severity: 'general' });
    const subjects = [{ kind: 'unit', unitId: 'u-001', name: '示范县实验小学' }];
    const opened = await ok('coordinator', '/accountability-cases', { issueIds: [issue.id], subjects, grounds: ['整改不力'] });
    const base = `/accountability-cases/${opened.id}`;
    await ok('coordinator', `${base}/investigation-group`, { members: ['督学甲', '督学乙'] });
    await ok('coordinator', `${base}/facts`, { facts: '事实', proceed: true });
    await ok('coordinator', `${base}/notice`, { proposedMeasures: [{ subject: 0, measure: 'interview' }] });
    await ok('coordinator', `${base}/statement-waiver`);
    await ok('coordinator', `${base}/opinion`, { measures: [{ subject: 0, measure: 'interview' }] });
    await ok('cityleader', `${base}/approval`);
    await ok('coordinator', `${base}/decision`, { basicFacts: '基本情况', facts: '事实', basis: '依据', effectiveDate: '2026-05-04' });
    clock.set('2026-05-10T02:00:00.000Z');
    const appealed = await ok('coordinator', `${base}/appeals`, { grounds: '不服' }); // within 15 days, directly
    expect((await post('coordinator', `${base}/appeals`, { grounds: 'again' })).body.code).toBe('REMEDY_ALREADY_USED');
    const register = await app.api('GET', `/accountability-cases?minPosition=${encodeURIComponent(appealed.position)}&open=true`, { token: token.leader });
    expect(register.body.items.find((c: { caseId: string }) => c.caseId === opened.id)).toMatchObject({ nextClock: 'appeal_decision', nextDueAt: '2026-07-09T15:59:59.000Z' });
    clock.set('2026-07-10T01:00:00.000Z');
    const missed = await eventually(async () => {
      const detail = (await app.api('GET', base, { token: token.leader })).body as { clocks: { clock: string; state: string; dueAt: string }[] };
      return detail.clocks.find((c) => c.clock === 'appeal_decision' && c.state === 'missed');
    }, 10_000, 'the missed appeal decision');
    expect(missed.dueAt).toBe('2026-07-09T15:59:59.000Z');
    await eventually(async () => {
      const rows = (await app.api('GET', '/accountability-cases?open=true', { token: token.leader })).body.items as { caseId: string; missedWindows: number }[];
      return rows.find((c) => c.caseId === opened.id)?.missedWindows === 1;
    }, 10_000, 'the register counting it');
  });
});
