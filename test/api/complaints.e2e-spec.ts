import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { scanDatabase } from '../personal-data/personal-data.helpers';

/** 举报投诉 over HTTP (DESIGN §3.9): received, assigned, verified into an issue, replied to, closed. */
describe('complaints over HTTP', () => {
  let app: TestApp;
  let sup01: string;
  let sup02: string;
  let coordinator: string;
  let unit: string;
  // Monday 1 June 2026, 10:00 Shanghai — inside the official calendar.
  const clock = new ManualClock('2026-06-01T02:00:00.000Z');
  const COMPLAINANT = '赵举报';
  const PHONE = '13912345678';

  beforeAll(async () => {
    app = await startTestApp({ clock });
    [sup01, sup02, coordinator, unit] = await Promise.all(['sup01', 'sup02', 'coordinator', 'unit001'].map((u) => app.login(u)));
  });
  afterAll(async () => {
    await app?.stop();
  });

  const receive = (body: object = {}, token = coordinator) =>
    app.api('POST', '/complaints', { token, body: { unitId: 'u-001', channel: 'hotline', summary: '学校食堂卫生差，学生反映饭菜变质', anonymous: false, complainant: { name: COMPLAINANT, phone: PHONE }, ...body } });
  const post = (id: string, path: string, token: string, body: object) => app.api('POST', `/complaints/${id}/${path}`, { token, body });

  it('runs received → assigned → verified (substantiated, an issue registered) → replied → closed', async () => {
    const received = await receive();
    expect(received.status).toBe(201);
    expect(received.body).toMatchObject({ version: 2 }); // received + assigned to the school's responsibility supervisor
    expect(received.body.number).toMatch(/督诉〔2026〕1号$/);
    const id = received.body.id as string;

    // Another supervisor is not the one assigned (and the school is not in their jurisdiction).
    expect((await post(id, 'verification', sup02, { outcome: 'unsubstantiated', findings: 'x' })).status).toBe(404);
    // Substantiated without an issue is refused, and appends nothing.
    const refused = await post(id, 'verification', sup01, { outcome: 'substantiated', findings: '属实' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'VERIFICATION_ISSUES_INVALID', titleZh: expect.any(String) });

    clock.set('2026-06-05T02:00:00.000Z');
    const verified = await post(id, 'verification', sup01, {
      outcome: 'substantiated', findings: '实地查看，食堂留样不全',
      issues: [{ category: 'canteen_hygiene', severity: 'serious', title: '食堂留样不全', description: '经核实，食堂未按规定留样' }],
    });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ id, version: 3 });
    expect(verified.body.issueIds).toHaveLength(1);
    const issue = await app.api('GET', `/issues/${verified.body.issueIds[0]}/history`, { token: sup01 });
    expect(issue.status).toBe(200);
    expect(issue.body.events[0]).toMatchObject({ type: 'IssueRegistered', data: { unitId: 'u-001', source: { kind: 'complaint', complaintId: id } } });

    const early = await post(id, 'close', sup01, {});
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('REPLY_REQUIRED');
    expect((await post(id, 'replies', sup01, { channel: 'phone', content: '经核实情况属实，已责令学校限期整改' })).body).toMatchObject({ version: 4 });
    expect((await post(id, 'close', sup01, { note: '办结' })).body).toMatchObject({ version: 5 });
    expect((await post(id, 'close', sup01, {})).body.code).toBe('COMPLAINT_CLOSED');
  });

  it('shows the replies on the complaint, oldest first, with channel, content, time and the replier by name', async () => {
    clock.set('2026-06-08T02:00:00.000Z');
    const id = (await receive()).body.id as string;
    expect((await post(id, 'verification', sup01, { outcome: 'unsubstantiated', findings: '经实地查看，食堂卫生符合要求' })).status).toBe(200);
    clock.set('2026-06-09T02:00:00.000Z');
    expect((await post(id, 'replies', sup01, { channel: 'phone', content: '第一次答复：经核实不属实' })).status).toBe(200);
    clock.set('2026-06-10T03:30:00.000Z');
    const second = await post(id, 'replies', coordinator, { channel: 'letter', content: '第二次答复：书面告知核实结果' });
    expect(second.status).toBe(200);
    const detail = (await app.api('GET', `/complaints/${id}?minPosition=${second.body.position}`, { token: coordinator })).body;
    expect(detail.replies).toBe(2);
    expect(detail.replyHistory).toEqual([
      expect.objectContaining({ channel: 'phone', content: '第一次答复：经核实不属实', repliedAt: '2026-06-09T02:00:00.000Z', repliedByName: detail.supervisorName }),
      expect.objectContaining({ channel: 'letter', content: '第二次答复：书面告知核实结果', repliedAt: '2026-06-10T03:30:00.000Z' }),
    ]);
    const [first, last] = detail.replyHistory as { repliedBy: string; repliedByName: string }[];
    expect(first.repliedByName).toBeTruthy();
    const directory = (await app.api('GET', `/directory/users?ids=${last.repliedBy}`, { token: coordinator })).body;
    const coordinatorName = (directory.items ?? directory)[0].displayName as string;
    expect(last.repliedByName).toBe(coordinatorName);
    for (const reply of [first, last]) expect(reply.repliedByName).not.toBe(reply.repliedBy);
    // the supervisor handling it sees the same history (the public status page shows none: public-complaints.e2e-spec)
    expect((await app.api('GET', `/complaints/${id}`, { token: sup01 })).body.replyHistory).toHaveLength(2);
  });

  it('a retried verification (same Idempotency-Key) registers its issues once', async () => {
    const id = (await receive()).body.id as string;
    const body = { outcome: 'partly', findings: '部分属实', issues: [{ category: 'safety', severity: 'general', title: '楼道照明不足', description: '楼道灯损坏' }] };
    const first = await app.api('POST', `/complaints/${id}/verification`, { token: sup01, body, headers: { 'Idempotency-Key': 'verify-1' } });
    const again = await app.api('POST', `/complaints/${id}/verification`, { token: sup01, body, headers: { 'Idempotency-Key': 'verify-1' } });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.issueIds).toEqual(first.body.issueIds);
    expect(again.body.version).toBe(first.body.version);
  });

  it('overdue is decided from the command’s clock: a late verification records it once and is marked late', async () => {
    clock.set('2026-06-01T02:00:00.000Z');
    const id = (await receive({ anonymous: true, complainant: undefined })).body.id as string;
    clock.set('2026-06-30T02:00:00.000Z'); // 15 working days after 1 June (端午 19 June) is 23 June
    const verified = await post(id, 'verification', sup01, { outcome: 'unsubstantiated', findings: '经核实不属实' });
    expect(verified.body.version).toBe(4); // overdue + verified
    // anonymous: closes without a reply
    expect((await post(id, 'close', coordinator, {})).status).toBe(200);
  });

  it('refuses what the rules and roles refuse', async () => {
    expect((await receive({ complainant: undefined })).body.code).toBe('COMPLAINANT_REQUIRED');
    expect((await receive({ channel: 'online' })).status).toBe(400); // the public page's channel
    expect((await receive({}, unit)).status).toBe(403);
    expect((await receive({ unitId: 'u-b01' })).status).toBe(403);
    const id = (await receive()).body.id as string;
    expect((await post(id, 'assignment', sup01, { supervisorId: 's-02' })).status).toBe(403);
    expect((await post(id, 'assignment', coordinator, { supervisorId: 's-02' })).body).toMatchObject({ version: 3 });
    expect((await post(id, 'verification', sup01, { outcome: 'unsubstantiated', findings: 'x' })).body.code).toBe('VERIFIER_NOT_ASSIGNED');
  });

  it('lists the register with filters and paging, exports it, and shows one complaint with its issues', async () => {
    clock.set('2026-06-08T02:00:00.000Z');
    const made = await receive({ channel: 'letter', summary: '登记簿测试：校服强制征订' });
    const id = made.body.id as string;
    const page = await app.api('GET', `/complaints?channel=letter&pageSize=1&minPosition=${made.body.position}`, { token: coordinator });
    expect(page.status).toBe(200);
    expect(page.body.total).toBeGreaterThanOrEqual(1);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0]).toMatchObject({ complaintId: id, channel: 'letter', status: 'assigned', supervisorId: 's-01', unitName: '示范县实验小学' });
    expect(JSON.stringify(page.body)).not.toContain(COMPLAINANT);
    const closed = await app.api('GET', '/complaints?status=closed', { token: coordinator });
    expect(closed.body.items.every((c: { status: string }) => c.status === 'closed')).toBe(true);
    expect(closed.body.total).toBeGreaterThanOrEqual(2);
    // scoped: another county's coordinator sees none of them
    const other = await app.api('GET', '/complaints', { token: await app.login('coordinatorb') });
    expect(other.body.total).toBe(0);

    const csv = await fetch(`${app.url}/api/complaints?format=csv&q=${encodeURIComponent('校服')}`, { headers: { authorization: `Bearer ${coordinator}` } });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('投诉编号');
    expect(text).toContain('校服强制征订');
    expect(text).toContain('来信');
    expect(text).not.toContain(COMPLAINANT);

    const detail = await app.api('GET', `/complaints/${id}`, { token: sup01 });
    expect(detail.body).toMatchObject({ complaintId: id, complainant: { name: COMPLAINANT, phone: PHONE }, issues: [] });
    expect((await app.api('GET', `/complaints/${id}`, { token: await app.login('leaderb') })).status).toBe(404);
  });

  it('puts the verification in the assigned supervisor’s inbox, due on the deadline', async () => {
    const made = await receive({ summary: '待办测试：课后服务乱收费' });
    await app.api('GET', `/complaints?minPosition=${made.body.position}`, { token: coordinator });
    const inbox = await app.api('GET', '/inbox?kind=complaint_verify&pageSize=200', { token: sup01 });
    expect(inbox.status).toBe(200);
    const item = inbox.body.items.find((i: { subjectId: string }) => i.subjectId === made.body.id);
    expect(item).toMatchObject({ kind: 'complaint_verify', number: made.body.number, dueAt: expect.any(String) });
    const counts = await app.api('GET', '/inbox', { token: sup01 });
    expect(JSON.stringify(counts.body)).toContain('complaint_verify');
  });

  it('keeps the complainant’s name and phone out of every table in plain text', async () => {
    expect(await scanDatabase(app.database.url, [COMPLAINANT, PHONE])).toEqual([]);
  });
});
