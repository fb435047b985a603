import { Client } from 'pg';
import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/** The README walkthrough as a test: the whole loop over HTTP, and each iron rule refusing the close. */
describe('the supervision loop over HTTP', () => {
  let app: TestApp;
  let sup: string;
  let unit: string;
  let coordinator: string;
  let leader: string;
  // Deadlines are computed from the official calendar, which covers 2024–2026: time is pinned inside it.
  const clock = new ManualClock('2026-06-01T02:00:00.000Z');

  beforeAll(async () => {
    app = await startTestApp({ clock });
    [sup, unit, coordinator, leader] = await Promise.all(['sup01', 'unit001', 'coordinator', 'leader'].map((u) => app.login(u)));
  });
  afterAll(async () => {
    await app?.stop();
  });

  const register = async (overrides: object = {}) => {
    const response = await app.api('POST', '/issues', {
      token: sup,
      body: { unitId: 'u-001', category: 'safety', severity: 'serious', safetyHazard: true, title: '消防通道堵塞', description: '北侧消防通道堆放杂物', source: { kind: 'visit' }, ...overrides },
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  const history = async (id: string) => (await app.api('GET', `/issues/${id}/history`, { token: sup })).body.events as { type: string; version: number }[];
  const post = (id: string, path: string, token: string, body: object, headers?: Record<string, string>) =>
    app.api('POST', `/issues/${id}/${path}`, { token, body, headers });
  const publishBulletin = async (issueIds: string[]) => {
    const drafted = await app.api('POST', '/bulletins', { token: coordinator, body: { title: '督导通报', issueIds } });
    expect(drafted.status).toBe(201);
    const published = await app.api('POST', `/bulletins/${drafted.body.id}/publish`, { token: coordinator, body: { scope: 'public' } });
    expect(published.status).toBe(200);
    return drafted.body.id as string;
  };
  const waitForEvent = async (id: string, type: string, count = 1) => {
    for (let i = 0; i < 100; i++) {
      if ((await history(id)).filter((e) => e.type === type).length >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${type} never appeared on issue ${id}`);
  };
  const expectRefusedClose = async (id: string, code: string) => {
    const before = (await history(id)).length;
    const response = await post(id, 'close', sup, {});
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 422, code });
    expect((await history(id)).length).toBe(before); // a refused command appends nothing
  };

  it('runs register → feedback → order → report → recheck → bulletin → close, each iron rule refusing while missing', async () => {
    const id = await register();
    expect((await post(id, 'feedback', sup, { note: '现场反馈', channel: 'on_site' })).status).toBe(200);
    const order = await post(id, 'rectification-orders', sup, { requirements: '三日内清理', workingDays: 5 });
    expect(order.status).toBe(200);
    expect(order.headers.get('etag')).toBe('"3"');
    await expectRefusedClose(id, 'RECHECK_REQUIRED');
    expect((await post(id, 'rechecks', sup, { method: 'on_site', outcome: 'passed', findings: '—' })).body.code).toBe('REPORT_REQUIRED');
    expect((await post(id, 'rectification-reports', unit, { measures: '已清理并加装隔离栏' })).status).toBe(200);
    const documentOnly = await post(id, 'rechecks', sup, { method: 'document', outcome: 'passed', findings: '材料齐全' });
    expect(documentOnly.body.code).toBe('ON_SITE_RECHECK_REQUIRED');
    expect((await post(id, 'rechecks', sup, { method: 'on_site', outcome: 'passed', findings: '现场核实已整改' })).status).toBe(200);
    await expectRefusedClose(id, 'RESULT_NOT_REPORTED');
    await publishBulletin([id]);
    await waitForEvent(id, 'ResultReported');
    const closed = await post(id, 'close', sup, { note: '销号' });
    expect(closed.status).toBe(200);
    expect((await history(id)).map((e) => e.type)).toEqual([
      'IssueRegistered', 'IssueFedBack', 'RectificationOrdered', 'RectificationReported', 'RecheckConducted', 'ResultReported', 'IssueClosed',
    ]);
    expect((await app.api('GET', `/issues/${id}/verify`, { token: sup })).body).toEqual({ valid: true, events: 7 });
  });

  it('refuses the close until accountability is decided after two failed rechecks', async () => {
    const id = await register({ severity: 'general', safetyHazard: false });
    for (let round = 0; round < 2; round++) {
      expect((await post(id, 'rectification-orders', sup, { requirements: '整改', calendarDays: 10 })).status).toBe(200);
      expect((await post(id, 'rectification-reports', unit, { measures: '已整改' })).status).toBe(200);
      expect((await post(id, 'rechecks', sup, { method: 'document', outcome: 'failed', findings: '未整改到位' })).status).toBe(200);
    }
    expect((await post(id, 'rectification-orders', sup, { requirements: '再次整改', calendarDays: 10 })).status).toBe(200);
    expect((await post(id, 'rectification-reports', unit, { measures: '彻底整改' })).status).toBe(200);
    expect((await post(id, 'rechecks', sup, { method: 'document', outcome: 'passed', findings: '合格' })).status).toBe(200);
    await publishBulletin([id]);
    await waitForEvent(id, 'ResultReported');
    await expectRefusedClose(id, 'ACCOUNTABILITY_REQUIRED');
    expect((await post(id, 'accountability-decisions', sup, { targets: [{ kind: 'unit', name: '示范县实验小学', unitId: 'u-001' }], measures: ['interview'], basis: '—' })).status).toBe(403);
    const decided = await post(id, 'accountability-decisions', leader, {
      targets: [{ kind: 'unit', name: '示范县实验小学', unitId: 'u-001' }, { kind: 'person', name: '张校长', unitId: 'u-001' }],
      measures: ['interview', 'notified_criticism'],
      basis: '《教育督导问责办法》第七条',
    });
    expect(decided.status).toBe(200);
    await expectRefusedClose(id, 'RESULT_NOT_REPORTED'); // the decision itself must be reported too
    await publishBulletin([id]);
    await waitForEvent(id, 'ResultReported', 2);
    expect((await post(id, 'close', sup, {})).status).toBe(200);
  });

  it('is idempotent by Idempotency-Key and refuses the same key with a different body', async () => {
    const body = { unitId: 'u-002', category: 'curriculum', severity: 'general', title: '课时不足', description: '体育课时不足', source: { kind: 'complaint', complaintRef: 'TS-1' } };
    const first = await app.api('POST', '/issues', { token: sup, body, headers: { 'idempotency-key': 'register-42' } });
    const again = await app.api('POST', '/issues', { token: sup, body, headers: { 'idempotency-key': 'register-42' } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await history(first.body.id)).toHaveLength(1);
    const feedback = { note: '已反馈' };
    const f1 = await post(first.body.id, 'feedback', sup, feedback, { 'idempotency-key': 'fb-1' });
    const f2 = await post(first.body.id, 'feedback', sup, feedback, { 'idempotency-key': 'fb-1' });
    expect(f2.body).toEqual(f1.body);
    const reused = await post(first.body.id, 'feedback', sup, { note: '另一内容' }, { 'idempotency-key': 'fb-1' });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await history(first.body.id)).toHaveLength(2);
  });

  it('honours If-Match with 412 on a stale version and answers ETag', async () => {
    const id = await register({ severity: 'general', safetyHazard: false });
    const stale = await post(id, 'feedback', sup, { note: 'x' }, { 'if-match': '"5"' });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('PRECONDITION_FAILED');
    const fresh = await post(id, 'feedback', sup, { note: 'x' }, { 'if-match': '"1"' });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).toBe('"2"');
    expect(await history(id)).toHaveLength(2);
  });

  it('refuses bad input with problem details and changes nothing', async () => {
    const id = await register({ severity: 'general', safetyHazard: false });
    const cases: [string, object, number, string][] = [
      ['rectification-orders', { requirements: 'x' }, 400, 'VALIDATION_FAILED'],
      ['rectification-orders', { requirements: 'x', workingDays: 3, calendarDays: 3 }, 400, 'VALIDATION_FAILED'],
      ['rectification-orders', { requirements: 'x', deadline: '2020-01-01T00:00:00Z' }, 422, 'DEADLINE_NOT_IN_FUTURE'],
      ['rectification-orders', { requirements: 'x', calendarDays: 120 }, 422, 'DEADLINE_TOO_FAR'],
      ['rectification-orders', { requirements: 'x', calendarDays: 400 }, 400, 'VALIDATION_FAILED'],
      ['rechecks', { method: 'drone', outcome: 'passed', findings: 'x' }, 400, 'VALIDATION_FAILED'],
      ['feedback', { note: 'x', extra: true }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [path, body, status, code] of cases) {
      const response = await post(id, path, sup, body);
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status, code });
    }
    expect((await post(id, 'rectification-reports', sup, { measures: 'x' })).status).toBe(403);
    expect((await app.api('POST', `/issues/${id}/feedback`, { body: { note: 'x' } })).status).toBe(401);
    expect((await app.api('POST', `/issues/${id}/feedback`, { token: sup, body: 'not json', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await app.api('POST', `/issues/${id}/feedback`, { token: sup, body: JSON.stringify({ note: 'x'.repeat(400_000) }) })).status).toBe(413);
    expect((await app.api('POST', '/issues/00000000-0000-4000-8000-000000000000/feedback', { token: sup, body: { note: 'x' } })).status).toBe(404);
    expect(await history(id)).toHaveLength(1);
  });

  it('answers the state as of an instant and finds a tampered event', async () => {
    const id = await register({ severity: 'general', safetyHazard: false });
    clock.advance(60_000);
    const between = clock.now();
    clock.advance(60_000);
    expect((await post(id, 'rectification-orders', sup, { requirements: '整改', workingDays: 3 })).status).toBe(200);
    const then = await app.api('GET', `/issues/${id}/state?asOf=${encodeURIComponent(between)}`, { token: sup });
    expect(then.body.status).toBe('open');
    const now = await app.api('GET', `/issues/${id}/state`, { token: sup });
    expect(now.body.status).toBe('rectifying');
    expect((await app.api('GET', `/issues/${id}/state?asOf=yesterday`, { token: sup })).status).toBe(400);

    const db = new Client({ connectionString: app.database.url });
    await db.connect();
    await db.query(`UPDATE es_events SET data = jsonb_set(data, '{requirements}', '"改过的要求"') WHERE stream = $1 AND version = 2`, [`issue-${id}`]);
    await db.end();
    const verify = await app.api('GET', `/issues/${id}/verify`, { token: sup });
    expect(verify.body).toEqual({ valid: false, events: 2, brokenAtVersion: 2 });
  });
});
