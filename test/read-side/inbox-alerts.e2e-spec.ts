import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { eventually, registerIssue } from './read-side.helpers';

type Inbox = { items: { kind: string; subjectId: string; number: string | null }[]; total: number; counts: Record<string, number>; alerts: number };
type Alert = { id: string; kind: string; issueId: string; resolvedAt: string | null; resolvedReason: string | null; addresseeId: string | null; dismissed: boolean; number: string | null };

/**
 * The to-do inbox (DESIGN §3.10) follows an issue through the loop, person by person, from maintained rows and counts;
 * alerts end with their condition, can be dismissed per person, and an extension request alerts the order's issuer.
 */
describe('inbox and alert lifecycle', () => {
  let app: TestApp;
  const clock = new ManualClock('2026-04-13T02:00:00.000Z');
  const token: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DEADLINE_SCAN_INTERVAL_MS: '100' } });
    for (const user of ['sup01', 'sup02', 'unit001', 'unit006', 'coordinator', 'leader']) token[user] = await app.login(user);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const inbox = async (user: string, position?: string) =>
    (await app.api('GET', `/inbox?pageSize=100${position ? `&minPosition=${position}` : ''}`, { token: token[user] })).body as Inbox;
  const kindsFor = async (user: string, issueId: string, position?: string) =>
    (await inbox(user, position)).items.filter((i) => i.subjectId === issueId).map((i) => i.kind).sort();
  /** The read side follows the log a moment later: wait for the inbox to show what the last command implies. */
  const expectKinds = async (user: string, issueId: string, expected: string[]) => {
    let last: string[] = [];
    try {
      await eventually(async () => {
        last = await kindsFor(user, issueId);
        return JSON.stringify(last) === JSON.stringify(expected);
      }, 20_000, `${user}'s to-dos ${JSON.stringify(expected)}`);
    } catch {
      expect(last).toEqual(expected);
    }
  };
  const alerts = async (user: string, query = '') => (await app.api('GET', `/alerts?pageSize=200${query}`, { token: token[user] })).body.items as Alert[];
  const post = async (user: string, path: string, body: object) => {
    const response = await app.api('POST', path, { token: token[user], body });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; position: string; number?: string };
  };

  it('moves an issue from inbox to inbox as the loop goes on, counts matching the items', async () => {
    const issue = await registerIssue(app, token.sup01, 'u-001', { severity: 'general' });
    await expectKinds('sup01', issue.id, ['order']);
    await expectKinds('coordinator', issue.id, ['order']);
    await expectKinds('unit001', issue.id, []);
    await expectKinds('sup02', issue.id, []); // not his school, not his zone to lead

    const ordered = await post('sup01', `/issues/${issue.id}/rectification-orders`, { requirements: '整改', workingDays: 10 });
    await expectKinds('unit001', issue.id, ['rectify']);
    await expectKinds('sup01', issue.id, []);

    const reported = await post('unit001', `/issues/${issue.id}/rectification-reports`, { measures: '已整改' });
    await expectKinds('sup01', issue.id, ['recheck']);
    await expectKinds('unit001', issue.id, []);

    const rechecked = await post('sup01', `/issues/${issue.id}/rechecks`, { method: 'document', outcome: 'passed', findings: '合格' });
    await expectKinds('coordinator', issue.id, ['report']);
    await expectKinds('sup01', issue.id, []);

    const bulletin = await post('coordinator', '/bulletins', { title: '通报', issueIds: [issue.id] });
    await post('coordinator', `/bulletins/${bulletin.id}/publish`, { scope: 'internal' });
    await eventually(async () => (await kindsFor('sup01', issue.id)).includes('close'), 20_000, 'close to-do');
    await expectKinds('coordinator', issue.id, ['close']);
    const closed = await post('sup01', `/issues/${issue.id}/close`, {});
    await expectKinds('sup01', issue.id, []);

    for (const user of ['sup01', 'coordinator', 'unit001', 'leader']) {
      const box = await inbox(user);
      expect(Object.values(box.counts).reduce((a, b) => a + b, 0)).toBe(box.total);
    }
  });

  it('alerts the order issuer of an extension request, resolves due-soon when the deadline is extended, dismisses per person', async () => {
    // sup01 leads zone 1 and orders at u-006 (sup02's school): the request is for sup01, not for sup02
    const issue = await registerIssue(app, token.sup01, 'u-006', { severity: 'general' });
    await post('sup01', `/issues/${issue.id}/rectification-orders`, { requirements: '整改', workingDays: 2 });
    const dueSoon = await eventually(async () => (await alerts('sup01', `&issueId=${issue.id}`)).find((a) => a.kind === 'due_soon'), 20_000, 'due-soon alert');
    expect(dueSoon.resolvedAt).toBeNull();
    expect(dueSoon.number).toMatch(/^示范县督问〔2026〕\d+号$/);

    const requested = await post('unit006', `/issues/${issue.id}/extension-requests`, { proposedDeadline: '2026-05-08T23:59:59+08:00', reason: '材料采购' });
    const request = await eventually(async () => (await alerts('sup01', `&issueId=${issue.id}&minPosition=${requested.position}`)).find((a) => a.kind === 'extension_requested'), 20_000, 'extension alert');
    expect(request.addresseeId).toBe('user-sup01');
    expect((await alerts('sup02', `&issueId=${issue.id}`)).map((a) => a.kind)).not.toContain('extension_requested');
    expect((await alerts('coordinator', `&issueId=${issue.id}`)).map((a) => a.kind)).toContain('extension_requested');
    await expectKinds('sup01', issue.id, ['extension']);
    await expectKinds('sup02', issue.id, []);

    const decided = await post('sup01', `/issues/${issue.id}/extension-decisions`, { approved: true });
    const after = await eventually(async () => {
      const list = await alerts('sup01', `&issueId=${issue.id}&minPosition=${decided.position}`);
      return list.every((a) => a.resolvedAt) && list.length >= 2 ? list : null;
    }, 20_000, 'resolved alerts');
    expect(Object.fromEntries(after.map((a) => [a.kind, a.resolvedReason]))).toMatchObject({ due_soon: 'deadline_extended', extension_requested: 'extension_decided' });
    expect((await alerts('sup01', `&issueId=${issue.id}&state=active`)).length).toBe(0);

    // a new due-soon for the extended deadline is live again; dismissing it hides it from sup01 only
    clock.set('2026-05-07T02:00:00.000Z');
    const fresh = await eventually(async () => (await alerts('sup01', `&issueId=${issue.id}&state=active`)).find((a) => a.kind === 'due_soon' || a.kind === 'overdue'), 20_000, 'fresh alert');
    const dismissed = await app.api('POST', `/alerts/${fresh.id}/dismiss`, { token: token.sup01 });
    expect(dismissed.status).toBe(200);
    expect((await alerts('sup01', `&issueId=${issue.id}&state=active`)).map((a) => a.id)).not.toContain(fresh.id);
    expect((await alerts('sup01', `&issueId=${issue.id}&state=dismissed`)).map((a) => a.id)).toContain(fresh.id);
    expect((await alerts('sup02', `&issueId=${issue.id}&state=active`)).map((a) => a.id)).toContain(fresh.id);
    expect((await app.api('POST', `/alerts/${fresh.id}/dismiss`, { token: token.unit001 })).status).toBe(404);
  });

  it('puts an overdue issue in the leader\'s inbox for an accountability decision', async () => {
    const issue = await registerIssue(app, token.sup01, 'u-002', { severity: 'general' });
    await post('sup01', `/issues/${issue.id}/rectification-orders`, { requirements: '整改', workingDays: 1 });
    clock.advance(5 * 86_400_000);
    await eventually(async () => (await kindsFor('leader', issue.id)).includes('accountability'), 20_000, 'accountability to-do');
    const box = await inbox('leader');
    expect(box.counts.accountability).toBeGreaterThanOrEqual(1);
    const csv = await fetch(`${app.url}/api/inbox?format=csv`, { headers: { authorization: `Bearer ${token.leader}` } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('待问责决定');
  });
});
