import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { eventually, registerIssue } from '../read-side/read-side.helpers';

/*
 * Issue #15, one path to rule 3: the quick decision on the issue page (简易程序) opens and decides an accountability
 * case in one go — numbered, due process on record, approved by the committee chair — and records its decision on the
 * issue; a refusal by the issue's rules or by the committee rule leaves neither a case nor a number used.
 */
describe('the quick accountability decision leaves a case', () => {
  const clock = new ManualClock('2026-03-02T02:00:00.000Z');
  let app: TestApp;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { ACCOUNTABILITY_COMMITTEE: 'leader:chair' } });
    for (const user of ['sup01', 'leader', 'cityleader', 'coordinator', 'auditor']) token[user] = await app.login(user);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const decide = (user: string, issueId: string, body: object, headers: Record<string, string> = {}) =>
    app.api('POST', `/issues/${issueId}/accountability-decisions`, { token: token[user], body, headers });
  const caseStreams = async () => (await app.service.pool.query(`SELECT count(DISTINCT stream)::int AS n FROM es_events WHERE stream LIKE 'accountability-%'`)).rows[0].n as number;
  const history = async (issueId: string) => (await app.api('GET', `/issues/${issueId}/history`, { token: token.auditor })).body.events as { type: string; data: any }[]; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('opens, numbers and decides a case with its due process on record, and the issue carries the case', async () => {
    const issue = await registerIssue(app, token.sup01, 'u-001', { title: '食堂留样缺失' });
    const body = { targets: [{ kind: 'unit', name: '示范县实验小学', unitId: 'u-001' }, { kind: 'person', name: '张某某', unitId: 'u-001' }], measures: ['interview', 'notified_criticism'], basis: '《教育督导问责办法》第八条' };
    const decided = await decide('leader', issue.id, body, { 'Idempotency-Key': 'quick-1' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ id: issue.id, caseId: expect.any(String), caseNumber: expect.stringMatching(/号$/), docNumber: expect.stringMatching(/号$/) });

    const theCase = (await app.api('GET', `/accountability-cases/${decided.body.caseId}`, { token: token.leader })).body;
    expect(theCase).toMatchObject({ stage: 'decided', number: decided.body.caseNumber, issueIds: [issue.id], regionId: 'r-demo-county' });
    expect(theCase.subjects.map((s: { name: string }) => s.name)).toEqual(['示范县实验小学', '张某某']);
    // each measure against the subjects it applies to: 约谈 both, 通报批评 only the person
    expect(theCase.decision).toMatchObject({ docNumber: decided.body.docNumber, basis: body.basis, measures: [{ subject: 0, measure: 'interview' }, { subject: 1, measure: 'interview' }, { subject: 1, measure: 'notified_criticism' }] });
    expect(theCase.decision.basicFacts).toContain('食堂留样缺失');

    const recorded = (await history(issue.id)).filter((e) => e.type === 'AccountabilityDecided');
    expect(recorded).toHaveLength(1);
    expect(recorded[0].data).toMatchObject({ caseId: decided.body.caseId, docNumber: decided.body.docNumber, measures: ['interview', 'notified_criticism'] });

    // the register lists it; a retry with the same key is the same case, answered as a replay
    const listed = await eventually(async () => {
      const page = (await app.api('GET', `/accountability-cases?minPosition=${decided.body.position}`, { token: token.leader })).body;
      return page.items.find((c: { caseId: string }) => c.caseId === decided.body.caseId);
    }, 10_000, 'the case in the register');
    expect(listed).toBeDefined();
    const retried = await decide('leader', issue.id, body, { 'Idempotency-Key': 'quick-1' });
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.body).toMatchObject({ caseId: decided.body.caseId, version: decided.body.version, docNumber: decided.body.docNumber });
    // the process manager that records case decisions on issues finds the work done: still one decision
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await history(issue.id)).filter((e) => e.type === 'AccountabilityDecided')).toHaveLength(1);
  });

  it('refuses without opening a case: a leader who does not chair the committee, a target outside the issue, an ended issue', async () => {
    const before = await caseStreams();
    const issue = await registerIssue(app, token.sup01, 'u-001');
    const good = { targets: [{ kind: 'unit', name: '示范县实验小学', unitId: 'u-001' }], measures: ['interview'], basis: '依据' };

    const notChair = await decide('cityleader', issue.id, good);
    expect(notChair.status).toBe(422);
    expect(notChair.body.code).toBe('APPROVER_NOT_CHAIR');
    const elsewhere = await decide('leader', issue.id, { ...good, targets: [{ kind: 'unit', name: '别处', unitId: 'u-002' }] });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.code).toBe('ACCOUNTABILITY_TARGET_INVALID');
    const stale = await decide('leader', issue.id, good, { 'If-Match': '"99"' });
    expect(stale.status).toBe(412);
    await app.api('POST', `/issues/${issue.id}/withdraw`, { token: token.coordinator, body: { reason: '误报' } });
    const ended = await decide('leader', issue.id, good);
    expect(ended.status).toBeGreaterThanOrEqual(400);

    expect(await caseStreams()).toBe(before);
    expect((await history(issue.id)).some((e) => e.type === 'AccountabilityDecided')).toBe(false);
  });
});
