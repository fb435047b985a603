import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CommandBus } from '@nestjs/cqrs';
import { ExecuteComplaintCommand, ExecuteMatterCommand, ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { ComplaintClock } from '../../apps/worker/src/complaint-clock/complaint-clock';
import { MatterClock } from '../../apps/worker/src/matter-clock/matter-clock';

interface Alert {
  id: string; kind: string; level: string | null; subjectKind: string | null; subjectId: string | null; number: string | null; title: string;
  unitId: string | null; unitName: string | null; deadline: string | null; resolvedAt: string | null; resolvedReason: string | null; addresseeId: string | null;
}

/**
 * Alerts about complaints and 督查事项 (issues #16, #17): a complaint's verification going overdue and a matter going
 * overdue raise alerts named by number (never the complainant), scoped like their subject, that end with their
 * condition; the matter clock's failure on a matter shows as clock_failed on it.
 */
describe('alerts about complaints and matters over HTTP', () => {
  let app: TestApp;
  let t: Record<string, string>;
  // Monday 1 June 2026, 10:00 Shanghai.
  const clock = new ManualClock('2026-06-01T02:00:00.000Z');
  const COMPLAINANT = '钱投诉';
  // a webhook receiver: the payloads it was sent
  const delivered: Array<Record<string, unknown>> = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      delivered.push(JSON.parse(body) as Record<string, unknown>);
      res.writeHead(200).end();
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    app = await startTestApp({ clock, env: { WEBHOOK_RETRY_BASE_MS: '100', WEBHOOKS: JSON.stringify([{ name: 'ops', url, secret: 'receiver-secret-0123456789' }]) } });
    t = Object.fromEntries(await Promise.all(['coordinator', 'sup01', 'sup02', 'unit001', 'unit005', 'coordinatorb'].map(async (u) => [u, await app.login(u)])));
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await app?.stop();
    await new Promise((resolve) => receiver.close(resolve));
  });

  const alertsOf = async (subjectId: string, token = t.coordinator, query = ''): Promise<Alert[]> => {
    const answer = await app.api('GET', `/alerts?subjectId=${subjectId}&pageSize=50${query}`, { token });
    expect(answer.status).toBe(200);
    return answer.body.items as Alert[];
  };
  /** Runs `step` (a clock scan) until the alerts of the subject satisfy `done` (the registers the clocks read catch up first). */
  const until = async (subjectId: string, done: (alerts: Alert[]) => boolean, step: () => Promise<unknown> = async () => undefined): Promise<Alert[]> => {
    for (let i = 0; i < 100; i++) {
      await step();
      const alerts = await alertsOf(subjectId);
      if (done(alerts)) return alerts;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`alerts of ${subjectId}: ${JSON.stringify(await alertsOf(subjectId))}`);
  };

  it('raises complaint_due_soon and complaint_overdue for the office and the assigned supervisor, ended by the verification', async () => {
    clock.set('2026-06-01T02:00:00.000Z');
    const received = await app.api('POST', '/complaints', {
      token: t.coordinator,
      body: { unitId: 'u-001', channel: 'hotline', summary: '学校违规补课', anonymous: false, complainant: { name: COMPLAINANT, phone: '13800001111' } },
    });
    expect(received.status).toBe(201);
    const { id, number } = received.body as { id: string; number: string };
    const complaintClock = app.service.app.get(ComplaintClock);
    expect(await alertsOf(id)).toEqual([]);

    clock.set('2026-06-22T02:00:00.000Z'); // verification due at the end of Tue 23 June (端午 19 June): three working days or fewer
    await until(id, (a) => a.some((x) => x.kind === 'complaint_due_soon'), () => complaintClock.scan());
    clock.set('2026-06-24T02:00:00.000Z');
    const raised = await until(id, (a) => a.some((x) => x.kind === 'complaint_overdue'), () => complaintClock.scan());
    const overdue = raised.find((a) => a.kind === 'complaint_overdue')!;
    expect(overdue).toMatchObject({
      subjectKind: 'complaint', subjectId: id, number, unitId: 'u-001', unitName: '示范县实验小学', title: '举报投诉 · 示范县实验小学',
      deadline: '2026-06-23T15:59:59.000Z', resolvedAt: null,
    });
    expect(overdue.addresseeId).toEqual(expect.any(String)); // the assigned supervisor's account
    expect(JSON.stringify(raised)).not.toContain(COMPLAINANT);
    const byKind = await app.api('GET', '/alerts?kind=complaint_overdue&pageSize=100', { token: t.coordinator });
    expect(byKind.body.items.map((a: Alert) => a.id)).toContain(overdue.id);
    expect(byKind.body.items.every((a: Alert) => a.kind === 'complaint_overdue')).toBe(true);

    // the assigned supervisor sees it; another supervisor, the school and another county do not
    expect((await alertsOf(id, t.sup01)).map((a) => a.kind).sort()).toEqual(['complaint_due_soon', 'complaint_overdue']);
    expect(await alertsOf(id, t.sup02)).toEqual([]);
    expect(await alertsOf(id, t.unit001)).toEqual([]);
    expect(await alertsOf(id, t.coordinatorb)).toEqual([]);
    const active = await app.api('GET', `/alerts?subjectId=${id}&state=active`, { token: t.sup01 });
    expect(active.body.total).toBe(2);

    const verified = await app.api('POST', `/complaints/${id}/verification`, { token: t.sup01, body: { outcome: 'unsubstantiated', findings: '经核实不属实' } });
    expect(verified.status).toBe(200);
    const after = await alertsOf(id, t.coordinator, `&minPosition=${verified.body.position}`);
    expect(after.map((a) => [a.kind, a.resolvedReason, a.resolvedAt !== null]).sort()).toEqual([
      ['complaint_due_soon', 'complaint_verified', true], ['complaint_overdue', 'complaint_verified', true],
    ]);
    expect((await app.api('GET', `/alerts?subjectId=${id}&state=active`, { token: t.sup01 })).body.total).toBe(0);
  });

  it('raises matter_overdue, 催办 and the clock’s failure on the matter for its lead unit, ended by acceptance and closing', async () => {
    clock.set('2026-07-01T02:00:00.000Z');
    const registered = await app.api('POST', '/matters', {
      token: t.coordinator, body: { title: '核查校车安全隐患', source: { kind: 'leader_instruction', ref: '局长批示' }, requirements: '报送核查结果', tier: 'normal' },
    });
    const { id, number } = registered.body as { id: string; number: string };
    expect((await app.api('POST', `/matters/${id}/assignments`, { token: t.coordinator, body: { leadUnitId: 'u-005', assistingUnitIds: [] } })).status).toBe(200);

    clock.set('2026-07-17T02:00:00.000Z'); // due at the end of Thu 16 July
    const matterClock = app.service.app.get(MatterClock);
    const bus = app.service.app.get(CommandBus);
    const execute = bus.execute.bind(bus);
    let failures = 0;
    const spy = jest.spyOn(bus, 'execute').mockImplementation(async (command) => {
      if (command instanceof ExecuteMatterCommand && command.matterId === id && failures === 0) {
        failures += 1;
        throw new Error('connection reset while appending');
      }
      return execute(command);
    });
    await until(id, (a) => a.some((x) => x.kind === 'clock_failed'), () => matterClock.scan());
    spy.mockRestore();
    const raised = await until(id, (a) => a.some((x) => x.kind === 'matter_overdue') && a.some((x) => x.kind === 'matter_reminder'), () => matterClock.scan());
    expect(raised.find((a) => a.kind === 'clock_failed')).toMatchObject({ subjectKind: 'matter', subjectId: id, number, level: 'overdue', title: '核查校车安全隐患', unitId: 'u-005' });
    expect(raised.find((a) => a.kind === 'matter_overdue')).toMatchObject({
      subjectKind: 'matter', subjectId: id, number, title: '核查校车安全隐患', unitId: 'u-005', deadline: '2026-07-16T15:59:59.000Z', resolvedAt: null, addresseeId: null,
    });
    expect(raised.find((a) => a.kind === 'matter_reminder')).toMatchObject({ level: 'urge', number });
    // the lead unit sees its matter's alerts; another school does not
    expect((await alertsOf(id, t.unit005)).map((a) => a.kind).sort()).toEqual(['clock_failed', 'matter_overdue', 'matter_reminder']);
    expect(await alertsOf(id, t.unit001)).toEqual([]);

    const submitted = await app.api('POST', `/matters/${id}/completions`, { token: t.unit005, body: { result: '已完成核查' } });
    expect(submitted.status).toBe(200);
    // a submission may be sent back: the matter stays late until its completion is accepted
    expect((await alertsOf(id, t.coordinator, `&minPosition=${submitted.body.position}`)).every((a) => a.resolvedAt === null)).toBe(true);
    const accepted = await app.api('POST', `/matters/${id}/reviews`, { token: t.coordinator, body: { outcome: 'accepted', note: '' } });
    const afterAcceptance = await alertsOf(id, t.coordinator, `&minPosition=${accepted.body.position}`);
    expect(afterAcceptance.map((a) => [a.kind, a.resolvedReason]).sort()).toEqual([['clock_failed', null], ['matter_overdue', 'matter_accepted'], ['matter_reminder', 'matter_accepted']]);
    const closed = await app.api('POST', `/matters/${id}/close`, { token: t.coordinator, body: { note: '办结' } });
    const afterClosing = await alertsOf(id, t.coordinator, `&minPosition=${closed.body.position}`);
    expect(afterClosing.find((a) => a.kind === 'clock_failed')).toMatchObject({ resolvedReason: 'matter_closed', resolvedAt: expect.any(String) });
  });

  it('shows the complaint clock’s failure on a complaint as clock_failed, addressed like the complaint, ended by closing', async () => {
    clock.set('2026-08-03T02:00:00.000Z');
    const received = await app.api('POST', '/complaints', { token: t.coordinator, body: { unitId: 'u-001', channel: 'letter', summary: '食堂价格过高', anonymous: true } });
    const { id, number } = received.body as { id: string; number: string };
    clock.set('2026-08-31T02:00:00.000Z');
    const bus = app.service.app.get(CommandBus);
    const execute = bus.execute.bind(bus);
    let failures = 0;
    const spy = jest.spyOn(bus, 'execute').mockImplementation(async (command) => {
      if (command instanceof ExecuteComplaintCommand && command.complaintId === id && failures === 0) {
        failures += 1;
        throw new Error('connection reset while appending');
      }
      return execute(command);
    });
    const complaintClock = app.service.app.get(ComplaintClock);
    const raised = await until(id, (a) => a.some((x) => x.kind === 'clock_failed'), () => complaintClock.scan());
    spy.mockRestore();
    expect(raised.find((a) => a.kind === 'clock_failed')).toMatchObject({ subjectKind: 'complaint', subjectId: id, number, level: 'overdue', unitId: 'u-001', title: '举报投诉 · 示范县实验小学' });
    expect((await alertsOf(id, t.sup01)).map((a) => a.kind)).toContain('clock_failed');
    expect(await alertsOf(id, t.sup02)).toEqual([]);
    await until(id, (a) => a.some((x) => x.kind === 'complaint_overdue'), () => complaintClock.scan());
    await app.api('POST', `/complaints/${id}/verification`, { token: t.sup01, body: { outcome: 'unsubstantiated', findings: '价格符合规定' } });
    const closed = await app.api('POST', `/complaints/${id}/close`, { token: t.coordinator, body: {} });
    expect(closed.status).toBe(200);
    const after = await alertsOf(id, t.coordinator, `&minPosition=${closed.body.position}`);
    expect(after.map((a) => [a.kind, a.resolvedReason]).sort()).toEqual([['clock_failed', 'complaint_closed'], ['complaint_overdue', 'complaint_verified']]);
  });

  it('exports the alerts with the complaint’s and the matter’s numbers and kinds in words, and sends subjects to webhooks', async () => {
    const csv = await app.api('GET', '/alerts?format=csv&kind=matter_overdue', { token: t.coordinator });
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('督查事项逾期');
    expect(csv.body).toMatch(/督查〔2026〕\d+号/);
    for (let i = 0; i < 100 && !['complaint_overdue', 'matter_overdue', 'clock_failed'].every((k) => delivered.some((p) => p.kind === k)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(delivered.find((p) => p.kind === 'complaint_overdue')).toMatchObject({ subjectKind: 'complaint', subjectId: expect.any(String), number: expect.stringMatching(/督诉〔2026〕\d+号$/), unitId: 'u-001' });
    expect(delivered.find((p) => p.kind === 'matter_overdue')).toMatchObject({ subjectKind: 'matter', title: '核查校车安全隐患', number: expect.stringMatching(/督查〔2026〕\d+号$/) });
    expect(delivered.find((p) => p.kind === 'clock_failed' && p.subjectKind === 'matter')).toMatchObject({ level: 'overdue' });
    expect(JSON.stringify(delivered)).not.toContain(COMPLAINANT);
  });
});
