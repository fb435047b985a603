import { ManualClock, NumberedDecision, NumberingService } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/**
 * Human-readable numbers (DESIGN §3.1): per region and Shanghai year, no duplicates and no gaps under concurrent
 * creation; a refused command consumes none; a retried creation gets its number back; a claim whose creation never
 * landed is listed by the audit instead of silently lost.
 */
describe('document numbers', () => {
  let app: TestApp;
  let tokens: Record<string, string>;
  const clock = new ManualClock('2026-05-11T02:00:00.000Z');

  beforeAll(async () => {
    app = await startTestApp({ clock });
    tokens = Object.fromEntries(await Promise.all(['sup01', 'sup02', 'coordinator', 'supb01', 'leader'].map(async (u) => [u, await app.login(u)])));
  });
  afterAll(async () => {
    await app?.stop();
  });

  const issueBody = (unitId: string, category = 'safety') => ({
    unitId, category, severity: 'general', title: '编号测试', description: '并发登记', source: { kind: 'visit' },
  });

  it('numbers concurrent registrations 1..n without gaps or duplicates, and refused ones consume nothing', async () => {
    const attempts = Array.from({ length: 36 }, (_, i) => {
      const [user, unitId] = i % 3 === 0 ? ['sup01', 'u-001'] : i % 3 === 1 ? ['sup02', 'u-006'] : ['coordinator', 'u-050'];
      const refused = i % 5 === 4; // an unknown category: refused by the decider
      return app.api('POST', '/issues', { token: tokens[user], body: issueBody(unitId, refused ? 'no_such_category' : 'safety') });
    });
    const answers = await Promise.all(attempts);
    const accepted = answers.filter((a) => a.status === 201);
    expect(answers.filter((a) => a.status === 422)).toHaveLength(7);
    expect(accepted).toHaveLength(29);
    const numbers = accepted.map((a) => a.body.number as string);
    expect(new Set(numbers).size).toBe(29);
    const seqs = numbers.map((n) => Number(/^示范县督问〔2026〕(\d+)号$/.exec(n)?.[1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    // the number is on the stream and searchable
    const found = await app.api('GET', `/issues?q=${encodeURIComponent(numbers[0])}&minPosition=${accepted[accepted.length - 1].body.position}`, { token: tokens.coordinator });
    expect(found.body.items.map((i: { number: string }) => i.number)).toEqual([numbers[0]]);
  });

  it('never gives one number twice when two processes number the same counter at once', async () => {
    const other = await startTestApp({ clock, database: app.database });
    try {
      const token = await other.login('sup01');
      const before = (await app.api('GET', '/issues?pageSize=1', { token: tokens.coordinator })).body.total as number;
      const answers = await Promise.all(
        Array.from({ length: 24 }, (_, i) => (i % 2 ? other : app).api('POST', '/issues', { token: i % 2 ? token : tokens.sup01, body: issueBody('u-004') })),
      );
      expect(answers.every((a) => a.status === 201)).toBe(true);
      const seqs = answers.map((a) => Number(/〔2026〕(\d+)号$/.exec(a.body.number)?.[1])).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 24 }, (_, i) => before + i + 1));
    } finally {
      await other.stop();
    }
  });

  it('counts each region on its own and a retried creation keeps its number', async () => {
    const neighbour = await app.api('POST', '/issues', { token: tokens.supb01, body: issueBody('u-b01') });
    expect(neighbour.body.number).toBe('邻县督问〔2026〕1号');
    const headers = { 'idempotency-key': 'retry-me' };
    const first = await app.api('POST', '/issues', { token: tokens.supb01, body: issueBody('u-b02'), headers });
    const again = await app.api('POST', '/issues', { token: tokens.supb01, body: issueBody('u-b02'), headers });
    expect(first.body.number).toBe('邻县督问〔2026〕2号');
    expect(again.body.id).toBe(first.body.id);
    const state = await app.api('GET', `/issues/${first.body.id}/state`, { token: tokens.supb01 });
    expect(state.body.number).toBe('邻县督问〔2026〕2号');
  });

  it('gives orders and bulletins their own counters', async () => {
    const issue = await app.api('POST', '/issues', { token: tokens.sup01, body: issueBody('u-002') });
    const order = await app.api('POST', `/issues/${issue.body.id}/rectification-orders`, { token: tokens.sup01, body: { requirements: '整改', workingDays: 5 } });
    expect(order.status).toBe(200);
    expect(order.body.number).toBe('督改〔2026〕1号');
    const twice = await app.api('POST', `/issues/${issue.body.id}/rectification-orders`, { token: tokens.sup01, body: { requirements: '再次', workingDays: 5 } });
    expect(twice.status).toBe(422); // ORDER_ALREADY_OPEN: nothing claimed
    const state = await app.api('GET', `/issues/${issue.body.id}/state`, { token: tokens.sup01 });
    expect(state.body.currentOrder.orderNumber).toBe('督改〔2026〕1号');
    const bulletin = await app.api('POST', '/bulletins', { token: tokens.coordinator, body: { title: '通报', issueIds: [issue.body.id] } });
    expect(bulletin.body.number).toBe('督通〔2026〕1号');
    const issue2 = await app.api('POST', '/issues', { token: tokens.sup01, body: issueBody('u-003') });
    const order2 = await app.api('POST', `/issues/${issue2.body.id}/rectification-orders`, { token: tokens.sup01, body: { requirements: '整改', workingDays: 5 } });
    expect(order2.body.number).toBe('督改〔2026〕2号');
  });

  it('gives back a number when the command fails after its claim, and lists a claim whose creation never landed', async () => {
    const numbering = app.service.app.get(NumberingService);
    const envelope = { commandId: 'crash-test', fingerprint: 'x', actor: { id: 'user-sup01', role: 'supervisor' as const }, correlationId: 'c', causationId: null };
    const decision = new NumberedDecision(numbering, envelope);
    await expect(
      decision.guard(async () => {
        await decision.decide({ kind: 'bulletin', regionId: 'r-demo-county', streamId: 'bulletin-never', now: clock.now(), creates: 'BulletinDrafted' }, () => [{ type: 'BulletinDrafted' }]);
        throw new Error('append failed');
      }, 'bulletin-never'),
    ).rejects.toThrow('append failed');
    const next = await app.api('POST', '/bulletins', { token: tokens.coordinator, body: { title: '通报二', issueIds: [] } });
    expect(next.body.code).toBe('BULLETIN_EMPTY'); // a bulletin needs issues; the released number waits for the next good draft
    const issue = (await app.api('GET', '/issues?pageSize=1', { token: tokens.coordinator })).body.items[0];
    const good = await app.api('POST', '/bulletins', { token: tokens.coordinator, body: { title: '通报三', issueIds: [issue.issueId] } });
    expect(good.body.number).toBe('督通〔2026〕2号');

    // a crash between claim and creation: the claim stays, and the audit shows it once it is older than 5 minutes
    const lost = await numbering.claim('issue', 'r-demo-county', 'issue-00000000-0000-4000-8000-00000000dead', { ...envelope, commandId: 'lost' });
    clock.advance(10 * 60_000);
    let unused: { number: string; streamId: string }[] = [];
    for (let i = 0; i < 100 && !unused.some((u) => u.number === lost.number); i++) {
      unused = (await app.api('GET', '/admin/numbers/unused', { token: tokens.leader })).body.items;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(unused).toEqual([expect.objectContaining({ number: lost.number, streamId: 'issue-00000000-0000-4000-8000-00000000dead' })]);
  });
});
