import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/**
 * 网上举报 without login (DESIGN §3.9): a public complaint filed with the anti-abuse measures, verified as
 * substantiated into an issue, replied to and closed — and followed by the citizen with the tracking code.
 */
describe('public complaints over HTTP', () => {
  let app: TestApp;
  let sup01: string;
  const clock = new ManualClock('2026-06-01T02:00:00.000Z');
  const NAME = '钱公众';

  beforeAll(async () => {
    app = await startTestApp({ clock });
    sup01 = await app.login('sup01');
  });
  afterAll(async () => {
    await app?.stop();
  });

  const form = async () => {
    const response = await app.api('GET', '/public/complaints/form');
    expect(response.status).toBe(200);
    return response.body as { formToken: string; minFillSeconds: number; units: { id: string; name: string }[] };
  };
  const file = (formToken: string, body: object = {}) =>
    app.api('POST', '/public/complaints', { body: { unitId: 'u-001', summary: '学校周末组织有偿补课，每人收费500元', anonymous: false, complainant: { name: NAME, phone: '13700000000' }, formToken, ...body } });

  it('files without login, is verified into an issue, replied to and closed; the citizen follows it by tracking code', async () => {
    const { formToken, minFillSeconds, units } = await form();
    expect(units.find((u) => u.id === 'u-001')?.name).toBe('示范县实验小学');
    clock.advance(minFillSeconds * 1000 + 1000);
    const filed = await file(formToken);
    expect(filed.status).toBe(201);
    expect(filed.body.number).toMatch(/督诉〔2026〕\d+号$/);
    expect(filed.body.trackingCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(filed.body).not.toHaveProperty('id');
    const code = filed.body.trackingCode as string;

    const listed = await app.api('GET', `/complaints?channel=online&minPosition=${filed.body.position}`, { token: sup01 });
    const complaint = listed.body.items.find((c: { number: string }) => c.number === filed.body.number);
    expect(complaint).toMatchObject({ channel: 'online', status: 'assigned', supervisorId: 's-01' });

    const status = await app.api('GET', `/public/complaints/status?code=${code}`);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ number: filed.body.number, status: 'assigned', verifyBy: expect.any(String), outcome: null });
    expect(JSON.stringify(status.body)).not.toContain(NAME);
    expect(JSON.stringify(status.body)).not.toContain('有偿补课'); // no summary either

    const verified = await app.api('POST', `/complaints/${complaint.complaintId}/verification`, {
      token: sup01,
      body: { outcome: 'substantiated', findings: '经查属实', issues: [{ category: 'student_burden', severity: 'serious', title: '周末有偿补课', description: '经核实，学校周末组织有偿补课' }] },
    });
    expect(verified.status).toBe(200);
    const issue = await app.api('GET', `/issues/${verified.body.issueIds[0]}/history`, { token: sup01 });
    expect(issue.body.events[0].data.source).toEqual({ kind: 'complaint', complaintId: complaint.complaintId });
    expect((await app.api('POST', `/complaints/${complaint.complaintId}/replies`, { token: sup01, body: { channel: 'online', content: '经核实属实，已责令整改' } })).status).toBe(200);
    const closed = await app.api('POST', `/complaints/${complaint.complaintId}/close`, { token: sup01, body: {} });
    expect(closed.status).toBe(200);

    await app.api('GET', `/complaints?minPosition=${closed.body.position}`, { token: sup01 });
    const after = await app.api('GET', `/public/complaints/status?code=${code.toLowerCase()}`);
    expect(after.body).toMatchObject({ status: 'closed', outcome: 'substantiated', lastRepliedAt: expect.any(String), closedAt: expect.any(String) });
    // the staff's complaint page shows the reply history; the public status never the reply's content (it may name people)
    expect(JSON.stringify(after.body)).not.toContain('已责令整改');
    expect(after.body).not.toHaveProperty('replyHistory');
    expect((await app.api('GET', '/public/complaints/status?code=AAAA-AAAA-AAAA-AAAA')).status).toBe(404);
  });

  it('refuses a form sent too fast, a forged or reused token, and a filled honeypot — appending nothing', async () => {
    clock.advance(2 * 3600 * 1000); // a fresh hour for this address (refused attempts count against it too)
    const before = (await app.api('GET', '/complaints', { token: sup01 })).body.total as number;
    const { formToken } = await form();
    const fast = await file(formToken);
    expect(fast.status).toBe(400);
    expect(fast.body.errors[0].field).toBe('formToken');
    const second = await form();
    clock.advance(10_000);
    expect((await file(`${second.formToken.slice(0, -2)}xx`)).body.errors[0].field).toBe('formToken');
    expect((await file(second.formToken, { website: 'http://spam.example' })).body.errors[0].field).toBe('website');
    const accepted = await file(second.formToken, { anonymous: true, complainant: undefined });
    expect(accepted.status).toBe(201);
    const reused = await file(second.formToken, { anonymous: true, complainant: undefined });
    expect(reused.status).toBe(400);
    expect(reused.body.errors[0].message).toContain('already sent');
    const expired = await form();
    clock.advance(3 * 3600 * 1000);
    expect((await file(expired.formToken)).body.errors[0].message).toContain('expired');
    expect((await app.api('GET', `/complaints?minPosition=${accepted.body.position}`, { token: sup01 })).body.total).toBe(before + 1);
  });

  it('limits filings per address', async () => {
    clock.advance(2 * 3600 * 1000); // a fresh hour for this address
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { formToken } = await form();
      clock.advance(6000);
      statuses.push((await file(formToken, { anonymous: true, complainant: undefined })).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});
