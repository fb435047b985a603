import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { scanDatabase } from '../personal-data/personal-data.helpers';
import { eventually, historyTypes, registerIssue } from '../read-side/read-side.helpers';

/*
 * The escalation ladder past 督办 over HTTP (DESIGN §3.8, issue #15): manual 催办/督办, 约谈 due 5 working days after
 * 督办 (from the command's clock when no clock ran; from the ladder clock with an alert and a to-do for the leader),
 * the interview with its attendees in the personal-data vault, and the proposal after the interview's deadline.
 */

const post = async (app: TestApp, token: string, path: string, body: object) => app.api('POST', path, { token, body });

describe('the ladder decided from the command clock (no clock scan runs)', () => {
  const clock = new ManualClock('2026-03-02T02:00:00.000Z'); // Mon 10:00 Shanghai
  let app: TestApp;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DEADLINE_SCAN_INTERVAL_MS: String(24 * 3600 * 1000) } });
    for (const user of ['sup01', 'coordinator', 'leader', 'unit001']) token[user] = await app.login(user);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('urge → supervise → (5 working days) interview → past its deadline: proposed, step by step', async () => {
    const issue = await registerIssue(app, token.sup01, 'u-001', { severity: 'general' });
    const ordered = await post(app, token.sup01, `/issues/${issue.id}/rectification-orders`, { requirements: '整改', deadline: '2026-03-04T15:59:59.000Z' });
    expect(ordered.status).toBe(200);

    const early = await post(app, token.sup01, `/issues/${issue.id}/reminders`, { level: 'urge', note: '催' });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'LADDER_STEP_SKIPPED', titleZh: '督办层级不可越级' });

    clock.set('2026-03-05T02:00:00.000Z');
    const skipped = await post(app, token.coordinator, `/issues/${issue.id}/reminders`, { level: 'supervise', note: '督办' });
    expect(skipped.status).toBe(422);
    expect(skipped.body.code).toBe('LADDER_STEP_SKIPPED');
    expect(await historyTypes(app, token.sup01, issue.id)).not.toContain('RectificationOverdue'); // a refusal appends nothing
    expect((await post(app, token.unit001, `/issues/${issue.id}/reminders`, { level: 'urge', note: 'x' })).status).toBe(403);
    expect((await post(app, token.sup01, `/issues/${issue.id}/reminders`, { level: 'loud', note: 'x' })).status).toBe(400);

    expect((await post(app, token.sup01, `/issues/${issue.id}/reminders`, { level: 'urge', note: '请尽快整改' })).status).toBe(200);
    clock.set('2026-03-06T02:00:00.000Z'); // Fri
    expect((await post(app, token.coordinator, `/issues/${issue.id}/reminders`, { level: 'supervise', note: '督办' })).status).toBe(200);
    const interview = { attendees: ['王某某校长', '李某某'], problems: '留样制度未落实', commitments: '3月底前整改到位', newDeadline: '2026-03-20T15:59:59.000Z' };
    const tooEarly = await post(app, token.leader, `/issues/${issue.id}/interviews`, interview);
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.code).toBe('LADDER_STEP_SKIPPED');

    clock.set('2026-03-14T02:00:00.000Z'); // Sat: 5 working days after Fri 03-06 ended with Fri 03-13
    expect((await post(app, token.sup01, `/issues/${issue.id}/interviews`, interview)).status).toBe(403);
    const held = await post(app, token.leader, `/issues/${issue.id}/interviews`, interview);
    expect(held.status).toBe(200);
    expect((await historyTypes(app, token.leader, issue.id)).slice(-5)).toEqual(['RectificationOverdue', 'ReminderIssued', 'ReminderIssued', 'InterviewDue', 'InterviewHeld']);
    const history = (await app.api('GET', `/issues/${issue.id}/history`, { token: token.leader })).body.events as { type: string; data: Record<string, unknown>; metadata: { actor: { id: string } } }[];
    expect(history.find((e) => e.type === 'InterviewHeld')).toMatchObject({ data: { attendees: ['王某某校长', '李某某'], deadline: '2026-03-20T15:59:59.000Z' }, metadata: { actor: { id: expect.any(String) } } });
    expect(history.find((e) => e.type === 'InterviewDue')?.data).toMatchObject({ basis: 'after_supervise', dueAt: '2026-03-13T15:59:59.000Z' });
    // the attendees are personal information: no plaintext name anywhere in the database
    expect(await scanDatabase(app.database.url, ['王某某校长'])).toEqual([]);

    clock.set('2026-03-21T02:00:00.000Z');
    const reported = await post(app, token.unit001, `/issues/${issue.id}/rectification-reports`, { measures: '已整改' });
    expect(reported.status).toBe(200);
    expect((await historyTypes(app, token.leader, issue.id)).slice(-2)).toEqual(['AccountabilityProposed', 'RectificationReported']);
    const detail = (await app.api('GET', `/issues/${issue.id}?minPosition=${encodeURIComponent(reported.body.position)}`, { token: token.leader })).body;
    expect(detail).toMatchObject({ status: 'awaiting_recheck', criticismProposed: true, accountabilityRequired: true, currentOrder: { proposedAt: '2026-03-21T02:00:00.000Z' } });
  });
});

describe('the ladder clock: 约谈 due with an alert and a to-do for the leader, then the proposal', () => {
  const clock = new ManualClock('2026-04-13T02:00:00.000Z'); // Mon
  let app: TestApp;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DEADLINE_SCAN_INTERVAL_MS: '100', PROJECTION_POLL_INTERVAL_MS: '20' } });
    for (const user of ['sup01', 'coordinator', 'leader']) token[user] = await app.login(user);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const kinds = async (user: string, issueId: string) =>
    ((await app.api('GET', '/inbox?pageSize=100', { token: token[user] })).body.items as { kind: string; subjectId: string }[]).filter((i) => i.subjectId === issueId).map((i) => i.kind);
  const alerts = async (issueId: string) =>
    (await app.api('GET', `/alerts?pageSize=100&issueId=${issueId}`, { token: token.leader })).body.items as { kind: string; resolvedReason: string | null }[];

  it('climbs 催办 → 督办 → 约谈 due by itself, stops for the interview, and proposes after its deadline', async () => {
    const issue = await registerIssue(app, token.sup01, 'u-001', { severity: 'general' });
    expect((await post(app, token.sup01, `/issues/${issue.id}/rectification-orders`, { requirements: '整改', deadline: '2026-04-14T15:59:59.000Z' })).status).toBe(200);
    clock.set('2026-04-15T02:00:00.000Z');
    await eventually(async () => (await historyTypes(app, token.sup01, issue.id)).includes('ReminderIssued'), 10_000, 'the urge');
    clock.set('2026-04-22T02:00:00.000Z'); // 6 working days after the deadline's day
    await eventually(async () => (await historyTypes(app, token.sup01, issue.id)).filter((t) => t === 'ReminderIssued').length === 2, 10_000, 'the supervise');
    expect(await historyTypes(app, token.sup01, issue.id)).not.toContain('InterviewDue');
    clock.set('2026-04-30T02:00:00.000Z'); // > 5 working days after 04-22
    await eventually(async () => (await historyTypes(app, token.sup01, issue.id)).includes('InterviewDue'), 10_000, '约谈 due');
    await eventually(async () => (await kinds('leader', issue.id)).includes('interview'), 10_000, "the leader's 待约谈");
    await eventually(async () => (await alerts(issue.id)).some((a) => a.kind === 'interview_due'), 10_000, 'the interview alert');

    const held = await post(app, token.leader, `/issues/${issue.id}/interviews`, { attendees: ['张某'], problems: '未整改', commitments: '一周内整改' });
    expect(held.status).toBe(200);
    await eventually(async () => !(await kinds('leader', issue.id)).includes('interview'), 10_000, 'the to-do gone');
    await eventually(async () => (await alerts(issue.id)).find((a) => a.kind === 'interview_due')?.resolvedReason === 'interview_held', 10_000, 'the alert resolved');

    clock.set('2026-06-01T02:00:00.000Z'); // well past the default 10 working days
    await eventually(async () => (await historyTypes(app, token.sup01, issue.id)).includes('AccountabilityProposed'), 10_000, 'the proposal');
    await eventually(async () => (await kinds('coordinator', issue.id)).includes('criticism'), 10_000, "the coordinator's 待通报批评");
    await new Promise((resolve) => setTimeout(resolve, 400)); // more scans append nothing twice
    const types = await historyTypes(app, token.sup01, issue.id);
    expect(types.filter((t) => t === 'AccountabilityProposed')).toHaveLength(1);
    expect(types.filter((t) => t === 'InterviewDue')).toHaveLength(1);
  });
});
