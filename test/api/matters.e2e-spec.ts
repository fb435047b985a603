import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { MatterClock } from '../../apps/worker/src/matter-clock/matter-clock';

/** 督查事项 over HTTP (DESIGN §3.7): sent back once and closed on the second submission; rules as 422; scoping. */
describe('matters over HTTP', () => {
  let app: TestApp;
  let t: Record<string, string>;
  // Mon 2026-06-01 10:00 Shanghai: a normal matter assigned now is due at the end of Tue 06-16.
  const clock = new ManualClock('2026-06-01T02:00:00.000Z');

  beforeAll(async () => {
    app = await startTestApp({ clock });
    t = Object.fromEntries(await Promise.all(['coordinator', 'leader', 'unit001', 'unit002', 'unit003', 'coordinatorb', 'sup01'].map(async (u) => [u, await app.login(u)])));
  });
  afterAll(async () => {
    await app?.stop();
  });

  const register = async (tier = 'normal', token = t.coordinator) => {
    const body = { title: '落实课后服务经费', source: { kind: 'leader_instruction', ref: '局长批示' }, requirements: '报送落实情况', tier };
    const answer = await app.api('POST', '/matters', { token, body });
    expect(answer.status).toBe(201);
    return answer.body as { id: string; number: string };
  };
  const post = (id: string, path: string, token: string, body: object) => app.api('POST', `/matters/${id}/${path}`, { token, body });
  const view = async (id: string, token = t.coordinator) => (await app.api('GET', `/matters/${id}`, { token })).body;

  it('registers with a number, assigns with a tiered deadline, is sent back once and closes on the second submission', async () => {
    const { id, number } = await register();
    expect(number).toBe('督查〔2026〕1号');
    const assigned = await post(id, 'assignments', t.coordinator, { leadUnitId: 'u-001', assistingUnitIds: ['u-002'] });
    expect(assigned.status).toBe(200);
    expect((await view(id)).state).toMatchObject({ status: 'assigned', assignment: { leadUnitId: 'u-001', dueAt: '2026-06-16T15:59:59.000Z' } });
    // the assisting unit has a to-do of its own (协办) until it reports its part; the lead unit's is 待办理
    const assistInbox = await app.api('GET', `/inbox?kind=matter_to_assist&minPosition=${assigned.body.position}`, { token: t.unit002 });
    expect(assistInbox.body.items).toEqual([expect.objectContaining({ kind: 'matter_to_assist', subjectId: id, number, unitId: 'u-002' })]);
    expect((await app.api('GET', `/inbox?kind=matter_to_assist&minPosition=${assigned.body.position}`, { token: t.unit001 })).body.items).toEqual([]);

    const progressed = await post(id, 'progress-reports', t.unit002, { progress: '协办：已核对名单' });
    expect(progressed.status).toBe(200);
    expect((await app.api('GET', `/inbox?kind=matter_to_assist&minPosition=${progressed.body.position}`, { token: t.unit002 })).body.items).toEqual([]);
    const byAssisting = await post(id, 'completions', t.unit002, { result: '已完成' });
    expect(byAssisting.status).toBe(422);
    expect(byAssisting.body).toMatchObject({ code: 'NOT_LEAD_UNIT', titleZh: '仅牵头单位可办理此项' });

    clock.set('2026-06-05T02:00:00.000Z');
    const submittedOnce = await post(id, 'completions', t.unit001, { result: '经费已拨付一半' });
    expect(submittedOnce.status).toBe(200);
    const officeInbox = await app.api('GET', `/inbox?kind=matter_to_review&minPosition=${submittedOnce.body.position}`, { token: t.coordinator });
    expect(officeInbox.body.items).toEqual([expect.objectContaining({ kind: 'matter_to_review', subjectId: id, number })]);
    expect(officeInbox.body.counts).toMatchObject({ matter_to_review: 1 });
    const unitInbox = await app.api('GET', `/inbox?kind=matter_to_handle&minPosition=${submittedOnce.body.position}`, { token: t.unit001 });
    expect(unitInbox.body.items.map((i: { subjectId: string }) => i.subjectId)).not.toContain(id);
    expect((await post(id, 'reviews', t.coordinator, { outcome: 'returned', note: '经费未全部到位' })).status).toBe(200);
    expect((await view(id, t.unit001)).state).toMatchObject({ status: 'returned', returns: 1 });
    clock.set('2026-06-10T02:00:00.000Z');
    expect((await post(id, 'completions', t.unit001, { result: '经费已全部到位' })).status).toBe(200);
    expect((await post(id, 'reviews', t.leader, { outcome: 'accepted', note: '' })).status).toBe(200);
    expect((await post(id, 'close', t.coordinator, { note: '办结' })).status).toBe(200);
    const closed = await view(id);
    expect(closed.state).toMatchObject({ status: 'closed', submissions: 2, returns: 1, overdue: false });
    expect(closed.history.map((e: { type: string }) => e.type)).toEqual([
      'MatterRegistered', 'MatterAssigned', 'MatterProgressReported', 'MatterCompletionSubmitted', 'MatterCompletionReviewed',
      'MatterCompletionSubmitted', 'MatterCompletionReviewed', 'MatterClosed',
    ]);
    const again = await post(id, 'close', t.coordinator, {});
    expect(again.body).toMatchObject({ status: 422, code: 'MATTER_CLOSED' });
    expect((await view(id)).history).toHaveLength(8); // a refused command appends nothing
  });

  it('extension only before the due date; overdue recorded by the first command after it', async () => {
    clock.set('2026-06-01T02:00:00.000Z');
    const { id } = await register('urgent');
    const badDays = await post(id, 'assignments', t.coordinator, { leadUnitId: 'u-003', days: 6 });
    expect(badDays.body).toMatchObject({ status: 422, code: 'MATTER_TIER_DAYS_INVALID' });
    expect((await post(id, 'assignments', t.coordinator, { leadUnitId: 'u-003', days: 2 })).status).toBe(200);
    expect((await view(id)).state.assignment.dueAt).toBe('2026-06-03T15:59:59.000Z');
    clock.set('2026-06-04T02:00:00.000Z');
    const late = await post(id, 'extension-requests', t.unit003, { proposedDueAt: '2026-06-10T15:59:59.000Z', reason: '需协调', progress: '过半' });
    expect(late.body).toMatchObject({ status: 422, code: 'EXTENSION_NOT_ALLOWED' });
    expect((await post(id, 'reminders', t.coordinator, { level: 'urge', note: '请立即办理' })).status).toBe(200);
    const after = await view(id);
    expect(after.history.slice(-2).map((e: { type: string }) => e.type)).toEqual(['MatterOverdue', 'MatterReminderIssued']);
    expect(after.state).toMatchObject({ overdue: true, reminderLevel: 'urge' });
  });

  it('scopes: another county neither reads nor commands; a unit not handling the matter cannot see it; roles are enforced', async () => {
    const { id } = await register();
    expect((await app.api('GET', `/matters/${id}`, { token: t.coordinatorb })).status).toBe(404);
    expect((await post(id, 'assignments', t.coordinatorb, { leadUnitId: 'u-b01' })).status).toBe(404);
    const outside = await post(id, 'assignments', t.coordinator, { leadUnitId: 'u-b01' });
    expect(outside.body).toMatchObject({ status: 422, code: 'MATTER_UNIT_INVALID' });
    expect((await post(id, 'assignments', t.coordinator, { leadUnitId: 'u-001' })).status).toBe(200);
    expect((await app.api('GET', `/matters/${id}`, { token: t.unit003 })).status).toBe(404);
    expect((await app.api('POST', '/matters', { token: t.unit001, body: { title: 'x', source: { kind: 'other' }, requirements: 'x', tier: 'normal' } })).status).toBe(403);
    expect((await app.api('POST', '/matters', { token: t.sup01, body: { title: 'x', source: { kind: 'other' }, requirements: 'x', tier: 'normal' } })).status).toBe(403);
    const invalid = await app.api('POST', '/matters', { token: t.coordinator, body: { title: 'x', source: { kind: 'rumour' }, requirements: 'x', tier: 'normal' } });
    expect(invalid.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('keeps a register (filters, past due at read time, export) and an inbox item for the lead unit; the clock urges, then supervises', async () => {
    clock.set('2026-07-01T02:00:00.000Z');
    const { id, number } = await register();
    const assigned = await post(id, 'assignments', t.coordinator, { leadUnitId: 'u-005', assistingUnitIds: ['u-006'] });
    const unit005 = await app.login('unit005');
    const inbox = await app.api('GET', `/inbox?minPosition=${assigned.body.position}`, { token: unit005 });
    expect(inbox.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'matter_to_handle', subjectId: id, number, dueAt: '2026-07-16T15:59:59.000Z' })]));
    const list = async (query: string, token = t.coordinator) => (await app.api('GET', `/matters?minPosition=${assigned.body.position}&${query}`, { token })).body;
    expect((await list('status=assigned&unitId=u-006')).items.map((m: { matterId: string }) => m.matterId)).toEqual([id]);
    expect((await list('unitId=u-006', unit005)).items.map((m: { matterId: string }) => m.matterId)).toEqual([id]);
    expect((await list('overdue=true')).items.map((m: { matterId: string }) => m.matterId)).not.toContain(id);

    clock.set('2026-07-17T02:00:00.000Z');
    // past due is seen at once, before any clock has run
    expect((await list('overdue=true&tier=normal')).items.map((m: { matterId: string }) => m.matterId)).toContain(id);
    const matterClock = app.service.app.get(MatterClock);
    await matterClock.scan();
    const urged = await view(id);
    expect(urged.history.slice(-2).map((e: { type: string; actor: { id: string } }) => [e.type, e.actor.id])).toEqual([
      ['MatterOverdue', 'system:matter-clock'], ['MatterReminderIssued', 'system:matter-clock'],
    ]);
    await matterClock.scan();
    expect((await view(id)).history).toHaveLength(urged.history.length); // never twice
    clock.set('2026-07-24T02:00:00.000Z'); // due Thu 07-16; five working days later is Thu 07-23
    for (let i = 0; i < 50 && (await view(id)).state.reminderLevel !== 'supervise'; i++) {
      await matterClock.scan();
      await new Promise((resolve) => setTimeout(resolve, 100)); // the register catches up with the urge first
    }
    expect((await view(id)).state).toMatchObject({ reminderLevel: 'supervise', overdue: true });

    const csv = await app.api('GET', '/matters?format=csv&status=assigned', { token: t.coordinator });
    expect(csv.status).toBe(200);
    expect(csv.body).toContain(number);
    expect(csv.body).toContain('示范县');
    expect(csv.body).not.toContain(id);

    // the year by lead unit, for annual assessment: u-001 closed one on time after one return, and has one open past due
    const summary = await app.api('GET', `/matters/summary?year=2026&minPosition=${assigned.body.position}`, { token: t.coordinator });
    expect(summary.body.items).toEqual(expect.arrayContaining([
      { unitId: 'u-001', matters: 2, onTime: 1, late: 0, returned: 1, overdueOpen: 1 },
      { unitId: 'u-005', matters: 1, onTime: 0, late: 0, returned: 0, overdueOpen: 1 },
    ]));
    const summaryCsv = await app.api('GET', '/matters/summary?year=2026&format=csv', { token: t.coordinator });
    expect(summaryCsv.body).toContain('示范县实验小学');
    expect((await app.api('GET', '/matters/summary?year=2026', { token: t.unit001 })).body.items.map((r: { unitId: string }) => r.unitId)).toEqual(['u-001']);
  });
});
