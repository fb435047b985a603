import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { eventually, historyTypes, orderRectification, registerIssue } from './read-side.helpers';

describe('read side: an order passes its deadline', () => {
  const clock = new ManualClock('2026-03-02T02:00:00.000Z'); // a Monday, 10:00 in Shanghai
  let app: TestApp;
  let sup: string;
  let leader: string;

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DEADLINE_SCAN_INTERVAL_MS: '200', PROJECTION_POLL_INTERVAL_MS: '20' } });
    [sup, leader] = await Promise.all([app.login('sup01'), app.login('leader')]);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('shows it on GET /overdue within one scan interval, with RectificationOverdue and an urge on its stream', async () => {
    const issue = await registerIssue(app, sup);
    const deadline = new Date(Date.parse(clock.now()) + 5_000).toISOString();
    const order = await orderRectification(app, sup, issue.id, deadline);

    const listed = await app.api('GET', `/issues?minPosition=${encodeURIComponent(order.position)}&unitId=u-001`, { token: leader });
    expect(listed.status).toBe(200);
    expect(listed.headers.get('read-model-stale')).toBeNull();
    expect(listed.body.items.find((i: { issueId: string }) => i.issueId === issue.id)).toMatchObject({ status: 'rectifying', overdue: false });
    expect((await app.api('GET', '/overdue', { token: leader })).body.total).toBe(0);
    // 5 s before the deadline it is due soon (3 working days before, by default)
    await eventually(async () => (await historyTypes(app, sup, issue.id)).includes('RectificationDueSoon'), 3000, 'the due-soon reminder');

    clock.advance(6_000);
    const started = Date.now();
    const overdue = await eventually(async () => {
      const response = await app.api('GET', '/overdue', { token: leader });
      return response.body.total === 1 ? response.body : null;
    }, 3000, 'the overdue list');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(overdue.items[0]).toMatchObject({
      issueId: issue.id, unitId: 'u-001', unitName: expect.any(String), title: '消防通道堵塞', severity: 'serious',
      deadline, daysOverdue: 0, accountability: 'required',
    });
    const types = await historyTypes(app, sup, issue.id);
    expect(types.filter((t) => t === 'RectificationOverdue')).toHaveLength(1);
    await eventually(async () => (await historyTypes(app, sup, issue.id)).includes('ReminderIssued'), 3000, 'the urge');

    const detail = await app.api('GET', `/issues/${issue.id}`, { token: leader });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ status: 'rectifying', accountabilityRequired: true });
  });

  it('escalates to supervise 5 working days later and never repeats a deadline', async () => {
    const [item] = (await app.api('GET', '/overdue', { token: leader })).body.items;
    clock.set('2026-03-10T02:00:00.000Z'); // 6 working days after the deadline's day
    await eventually(async () => {
      const response = await app.api('GET', '/overdue', { token: leader });
      return response.body.items[0]?.reminderLevel === 'supervise';
    }, 3000, 'the supervise reminder');
    await new Promise((resolve) => setTimeout(resolve, 600)); // a few more scans
    const types = await historyTypes(app, sup, item.issueId);
    expect(types.filter((t) => t === 'RectificationOverdue')).toHaveLength(1);
    expect(types.filter((t) => t === 'ReminderIssued')).toHaveLength(2);
    expect(types.filter((t) => t === 'RectificationDueSoon')).toHaveLength(1);
    const health = await app.api('GET', '/health');
    const lag = health.body.checks.projections.detail as { name: string; lagEvents: number }[];
    expect(lag.map((p) => p.name)).toEqual(expect.arrayContaining(['issue-summary', 'overdue-rectifications']));
  });

  it('moves the timers when an extension is granted before the deadline', async () => {
    const unit = await app.login('unit001');
    clock.set('2026-04-01T02:00:00.000Z');
    const issue = await registerIssue(app, sup);
    const first = new Date(Date.parse(clock.now()) + 2 * 86_400_000).toISOString();
    const later = new Date(Date.parse(clock.now()) + 20 * 86_400_000).toISOString();
    await orderRectification(app, sup, issue.id, first);
    const asked = await app.api('POST', `/issues/${issue.id}/extension-requests`, { token: unit, body: { proposedDeadline: later, reason: 'parts on order' } });
    expect(asked.status).toBe(200);
    const granted = await app.api('POST', `/issues/${issue.id}/extension-decisions`, { token: sup, body: { approved: true } });
    expect(granted.status).toBe(200);
    await app.api('GET', `/overdue?minPosition=${encodeURIComponent(granted.body.position)}`, { token: leader });
    clock.set(new Date(Date.parse(first) + 3_600_000).toISOString()); // past the old deadline
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await historyTypes(app, sup, issue.id)).not.toContain('RectificationOverdue');
    clock.set(new Date(Date.parse(later) + 1000).toISOString()); // past the new one
    await eventually(async () => (await historyTypes(app, sup, issue.id)).includes('RectificationOverdue'), 3000, 'overdue on the new deadline');
  });
});
