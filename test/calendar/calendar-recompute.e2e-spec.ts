import { ManualClock } from '@app/application';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/**
 * Issue #10's "done when", over HTTP on a fresh start: on 2026-11-30 an order of 40 working days is accepted with a
 * provisional deadline (2027 is not published); publishing a 2027 schedule that adds holidays inside that span moves
 * the deadline later by exactly the working days added, with a DeadlineRecomputed event.
 * The 2027 schedule here is made up for the test (the official one is not known): its source says so.
 */
describe('the working-day calendar as operated data', () => {
  let app: TestApp;
  let sup: string;
  let admin: string;
  const clock = new ManualClock('2026-11-30T02:00:00.000Z'); // Monday 10:00 in Shanghai
  const endOf = (date: string) => new Date(`${date}T23:59:59+08:00`).toISOString();
  const TEST_2027 = {
    holidays: [
      { date: '2027-01-01', name: '元旦' }, { date: '2027-01-02', name: '元旦' }, { date: '2027-01-03', name: '元旦' },
      { date: '2027-01-04', name: '测试假日' }, { date: '2027-01-05', name: '测试假日' },
      ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'].map((date) => ({ date, name: '春节' })),
    ],
    workdays: [{ date: '2027-02-13', name: '春节补班' }],
    source: { title: '测试用2027年放假安排（非官方，仅供测试）', docNo: 'TEST-2027-1', publishedOn: '2026-11-30' },
  };

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { PROJECTION_POLL_INTERVAL_MS: '20', CALENDAR_REFRESH_MS: '200' } });
    [sup, admin] = await Promise.all([app.login('sup01'), app.login('admin')]);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const register = async () => {
    const response = await app.api('POST', '/issues', {
      token: sup,
      body: { unitId: 'u-001', category: 'safety', severity: 'general', title: '围墙破损', description: '东侧围墙破损', source: { kind: 'visit' } },
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  const history = async (id: string) =>
    (await app.api('GET', `/issues/${id}/history`, { token: sup })).body.events as { type: string; data: Record<string, any> }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  const waitFor = async <T>(probe: () => Promise<T | undefined>, what: string): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const found = await probe();
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${what} never happened`);
  };

  it('seeds the official years, reports 2027 as provisional and warns that it is missing (from 1 November)', async () => {
    const calendar = await app.api('GET', '/calendar');
    expect(calendar.status).toBe(200);
    expect(calendar.body.published).toEqual({ first: 2024, last: 2026 });
    expect(calendar.body.provisionalYears).toContain(2027);
    const y2026 = calendar.body.years.find((y: { year: number }) => y.year === 2026);
    expect(y2026).toMatchObject({ status: 'published', revision: 1, source: { docNo: '国办发明电〔2025〕7号', publishedOn: '2025-11-04' } });
    const y2027 = calendar.body.years.find((y: { year: number }) => y.year === 2027);
    expect(y2027).toMatchObject({ status: 'provisional', version: expect.stringMatching(/^CN-2027@provisional-[0-9a-f]{8}$/), workdays: [] });
    expect(y2027.holidays.map((d: { date: string }) => d.date)).toEqual(expect.arrayContaining(['2027-01-01', '2027-02-05', '2027-02-08', '2027-10-03']));
    expect(calendar.body.warnings).toEqual([expect.objectContaining({ code: 'NEXT_YEAR_NOT_PUBLISHED', year: 2027 })]);
    const health = await app.api('GET', '/health');
    expect(health.body.checks.calendar).toMatchObject({ status: 'up', detail: { published: { first: 2024, last: 2026 }, provisionalYears: expect.arrayContaining([2027]) } });
    expect(health.body.warnings).toEqual([expect.stringContaining('2027')]);
  });

  it('accepts 40 working days from 2026-11-30 provisionally, then moves the deadline by exactly the holidays 2027 adds', async () => {
    const id = await register();
    clock.advance(60_000);
    const ordered = await app.api('POST', `/issues/${id}/rectification-orders`, { token: sup, body: { requirements: '修复围墙', workingDays: 40 } });
    expect(ordered.status).toBe(200);
    const order = (await history(id)).find((e) => e.type === 'RectificationOrdered')!;
    expect(order.data.deadline).toBe(endOf('2027-01-26'));
    expect(order.data.deadlineRule).toMatchObject({ kind: 'workingDays', days: 40, provisional: true, calendarVersion: expect.stringMatching(/^CN-2026-2027@[0-9a-f]{8}\.provisional-[0-9a-f]{8}$/) });
    const explicit = await register();
    expect((await app.api('POST', `/issues/${explicit}/rectification-orders`, { token: sup, body: { requirements: '限期', deadline: endOf('2027-01-20') } })).status).toBe(200);

    const published = await app.api('PUT', '/calendar/years/2027', { token: admin, body: TEST_2027 });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ id: 'calendar-cn', year: 2027, revision: 1, yearVersion: expect.stringMatching(/^CN-2027@[0-9a-f]{8}$/) });
    // the test schedule leaves out 清明, 劳动节 … of 2027: the publisher is told, nothing is refused
    expect(published.body.warnings.map((w: { code: string }) => w.code)).toContain('STATUTORY_DAY_NOT_LISTED');

    const recomputed = await waitFor(async () => (await history(id)).find((e) => e.type === 'DeadlineRecomputed'), 'DeadlineRecomputed');
    // 2027-01-04 and 01-05 were working days provisionally: the 40th working day moves from 01-26 to 01-28
    expect(recomputed.data).toMatchObject({
      orderNo: 1, previousDeadline: endOf('2027-01-26'), deadline: endOf('2027-01-28'), reason: 'official_calendar_published', year: 2027,
      source: { docNo: 'TEST-2027-1' }, deadlineRule: { kind: 'workingDays', days: 40, provisional: false },
    });
    expect(recomputed.data.calendarVersion).toMatch(/^CN-2026-2027@[0-9a-f]{8}\.[0-9a-f]{8}$/);
    // the read side follows: the issue and the alerts show the deadline in force and why it moved
    const issue = await waitFor(async () => {
      const response = await app.api('GET', `/issues/${id}`, { token: sup });
      return response.body.deadline === endOf('2027-01-28') ? response.body : undefined;
    }, 'the issue read model following the recompute');
    expect(JSON.stringify(issue)).toContain('official_calendar_published');
    await waitFor(async () => {
      const alerts = await app.api('GET', `/alerts?issueId=${id}`, { token: sup });
      return alerts.body.items?.find((a: { kind: string }) => a.kind === 'deadline_recomputed');
    }, 'the deadline_recomputed alert');
    // explicit deadlines never move
    expect((await history(explicit)).map((e) => e.type)).not.toContain('DeadlineRecomputed');
    const after = await app.api('GET', '/calendar');
    expect(after.body.published).toEqual({ first: 2024, last: 2027 });
    expect(after.body.warnings).toEqual([]);
  });

  it('refuses a bad schedule with errors by field, only to an admin, and takes the same one again as no change', async () => {
    const bad = await app.api('PUT', '/calendar/years/2028', {
      token: admin,
      body: { holidays: [{ date: '2027-12-31', name: '元旦' }], workdays: [{ date: '2028-01-04', name: '补班' }], source: { title: '通知', docNo: '', publishedOn: '2026-11-01' } },
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ code: 'CALENDAR_INVALID', titleZh: expect.any(String) });
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['holidays[0].date', 'workdays[0].date', 'source.docNo']);
    expect((await app.api('PUT', '/calendar/years/2028', { token: sup, body: TEST_2027 })).status).toBe(403);
    expect((await app.api('PUT', '/calendar/years/2028', { body: TEST_2027 })).status).toBe(401);
    const before = (await app.api('GET', '/calendar')).body;
    const again = await app.api('PUT', '/calendar/years/2027', { token: admin, body: TEST_2027 });
    expect(again.status).toBe(200);
    expect(again.body.revision).toBe(1);
    expect((await app.api('GET', '/calendar')).body.years).toEqual(before.years);
  });

  it('refuses nothing within the policy maximum for lack of a published year (2028 is provisional)', async () => {
    clock.set('2027-12-20T02:00:00.000Z');
    const id = await register();
    clock.advance(60_000);
    const ordered = await app.api('POST', `/issues/${id}/rectification-orders`, { token: sup, body: { requirements: '整改', calendarDays: 90 } });
    expect(ordered.status).toBe(200);
    const order = (await history(id)).find((e) => e.type === 'RectificationOrdered')!;
    expect(order.data.deadlineRule).toMatchObject({ provisional: true, calendarVersion: expect.stringContaining('provisional-') });
    expect(order.data.deadline >= endOf('2028-03-19')).toBe(true);
  });
});
