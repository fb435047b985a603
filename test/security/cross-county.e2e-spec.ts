/**
 * Done-when of the jurisdiction issue: logged in as supb01 or leaderb, nothing of 示范县 is visible or changeable;
 * as cityleader, both counties are. Lists are checked by content (filters can only narrow), single resources and
 * commands by status.
 */
import { startTestApp, type TestApp } from '@app/testing/test-app';

const LIST_ROUTES = ['/issues?pageSize=200', '/overdue', '/dashboard', '/coverage?month=2026-11', '/alerts', '/bulletins'];
const DEMO_UNIT = /"u-0\d\d"/;

describe('cross-county jurisdiction', () => {
  let app: TestApp;
  const token: Record<string, string> = {};
  let demoIssue = '';
  let neighbourIssue = '';
  let demoBulletin = '';
  let position = '';

  beforeAll(async () => {
    app = await startTestApp();
    for (const user of ['coordinator', 'coordinatorb', 'supb01', 'leaderb', 'cityleader', 'leader', 'sup02', 'unit001']) token[user] = await app.login(user);
    const register = async (user: string, unitId: string) => {
      const response = await app.api('POST', '/issues', {
        token: token[user],
        body: { unitId, category: 'safety', severity: 'general', title: `${unitId} 问题`, description: 'cross-county', source: { kind: 'other' } },
      });
      expect(response.status).toBe(201);
      position = response.body.position;
      return response.body.id as string;
    };
    demoIssue = await register('coordinator', 'u-001');
    neighbourIssue = await register('coordinatorb', 'u-b01');
    const bulletin = await app.api('POST', '/bulletins', { token: token.coordinator, body: { title: '示范县通报', issueIds: [demoIssue] } });
    expect(bulletin.status).toBe(201);
    demoBulletin = bulletin.body.id;
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
  });

  const list = (user: string, path: string) => app.api('GET', `${path}${path.includes('?') ? '&' : '?'}minPosition=${encodeURIComponent(position)}`, { token: token[user] });

  it.each(['supb01', 'leaderb'])('%s sees nothing of 示范县 in any list', async (user) => {
    const issues = await list(user, '/issues?pageSize=200');
    expect(issues.status).toBe(200);
    expect(issues.body.items.map((i: { issueId?: string; id?: string }) => i.issueId ?? i.id)).toEqual([neighbourIssue]);
    for (const path of LIST_ROUTES) {
      const response = await list(user, path);
      expect(response.status).toBeLessThan(500);
      if (response.status !== 200) continue; // not this role's route (403), or a read route not built yet (404)
      const text = JSON.stringify(response.body);
      expect({ path, leaks: DEMO_UNIT.test(text) || text.includes(demoIssue) || text.includes('r-demo-county') }).toEqual({ path, leaks: false });
    }
  });

  it.each(['supb01', 'leaderb'])('%s cannot widen a list with filters', async (user) => {
    for (const filter of ['regionId=r-demo-county', 'unitId=u-001', 'zoneId=z-demo-1', 'regionId=r-demo-city']) {
      const response = await list(user, `/issues?${filter}`);
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body.items)).not.toContain(demoIssue);
    }
  });

  it.each(['supb01', 'leaderb'])('%s gets 404 for every read of a 示范县 issue', async (user) => {
    for (const path of ['', '/history', '/state', '/verify']) {
      expect({ path, status: (await app.api('GET', `/issues/${demoIssue}${path}`, { token: token[user] })).status }).toEqual({ path, status: 404 });
    }
  });

  it('supb01 and leaderb can change nothing of 示范县', async () => {
    const attempts: Array<[string, string, unknown, number]> = [
      ['supb01', `/issues/${demoIssue}/feedback`, { note: 'x' }, 404],
      ['supb01', `/issues/${demoIssue}/rectification-orders`, { requirements: 'x', calendarDays: 10 }, 404],
      ['supb01', '/issues', { unitId: 'u-001', category: 'safety', severity: 'general', title: 'x', description: 'x', source: { kind: 'other' } }, 403],
      ['supb01', '/visits', { unitId: 'u-001', kind: 'routine', date: '2026-11-02', matters: ['safety'], notes: '' }, 403],
      ['leaderb', `/issues/${demoIssue}/accountability-decisions`, { targets: [{ kind: 'unit', name: 'x' }], measures: ['interview'], basis: 'x' }, 404],
      ['leaderb', '/bulletins', { title: 'x', issueIds: [demoIssue] }, 404],
      ['leaderb', `/bulletins/${demoBulletin}/publish`, { scope: 'public' }, 404],
    ];
    for (const [user, path, body, status] of attempts) {
      expect({ user, path, status: (await app.api('POST', path, { token: token[user], body })).status }).toEqual({ user, path, status });
    }
    const history = await app.api('GET', `/issues/${demoIssue}/history`, { token: token.leader });
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['IssueRegistered']);
  });

  it('cityleader sees both counties', async () => {
    const issues = await list('cityleader', '/issues?pageSize=200');
    expect(issues.status).toBe(200);
    const ids = issues.body.items.map((i: { issueId?: string; id?: string }) => i.issueId ?? i.id);
    expect(ids).toEqual(expect.arrayContaining([demoIssue, neighbourIssue]));
    for (const id of [demoIssue, neighbourIssue]) {
      expect((await app.api('GET', `/issues/${id}`, { token: token.cityleader })).status).toBe(200);
      expect((await app.api('GET', `/issues/${id}/history`, { token: token.cityleader })).status).toBe(200);
    }
    const narrowed = await list('cityleader', '/issues?regionId=r-neighbour-county');
    expect(narrowed.body.items.map((i: { issueId?: string; id?: string }) => i.issueId ?? i.id)).toEqual([neighbourIssue]);
  });

  it('a supervisor sees only assigned schools, a unit only itself', async () => {
    expect(JSON.stringify((await list('sup02', '/issues')).body)).not.toContain(demoIssue);
    const own = await list('unit001', '/issues');
    expect(own.body.items.map((i: { issueId?: string; id?: string }) => i.issueId ?? i.id)).toEqual([demoIssue]);
  });

  it('recorded the out-of-jurisdiction attempts for admins', async () => {
    const admin = await app.login('admin');
    const log = await app.api('GET', '/admin/denied-attempts?limit=100', { token: admin });
    const mine = log.body.items.filter((i: { username: string }) => i.username === 'supb01' || i.username === 'leaderb');
    expect(mine.length).toBeGreaterThanOrEqual(5);
    expect(mine.map((i: { status: number }) => i.status)).toEqual(expect.arrayContaining([403, 404]));
  });
});
