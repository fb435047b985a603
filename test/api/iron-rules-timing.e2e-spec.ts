import { Client } from 'pg';
import { ManualClock } from '@app/application';
import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import { startTestApp, type TestApp } from '@app/testing/test-app';

/*
 * The three reproductions of issue #9, each run with the deadline clock stopped (its next scan a day away) and in
 * two worker timings: the worker in the api process (the bulletin process manager delivers at once), and the
 * worker behind (an api-only process; the worker is started only when the test wants results delivered, after
 * whatever happened meanwhile). No timing can make them pass by luck: every refusal is decided from the command's
 * own clock and the bulletin's snapshot.
 */

const HOUR = 3_600_000;
const STOPPED_CLOCK = { DEADLINE_SCAN_INTERVAL_MS: String(24 * HOUR) };

interface Timing {
  name: string;
  start(clock: ManualClock, database: TestDatabase): Promise<TestApp>;
  /** lets the bulletin process manager deliver until the issue has `count` ResultReported */
  deliverResults(app: TestApp, clock: ManualClock, database: TestDatabase, issueId: string, count: number): Promise<void>;
}

const TIMINGS: Timing[] = [
  {
    name: 'worker in process',
    start: (clock, database) => startTestApp({ clock, database, env: STOPPED_CLOCK }),
    deliverResults: (app, _clock, _database, issueId, count) => waitForResults(app, issueId, count),
  },
  {
    name: 'worker behind',
    start: (clock, database) => startTestApp({ clock, database, env: { ...STOPPED_CLOCK, WORKER_IN_PROCESS: '0' } }),
    async deliverResults(app, clock, database, issueId, count) {
      const worker = await startTestApp({ clock, database, env: STOPPED_CLOCK });
      try {
        await waitForResults(app, issueId, count);
      } finally {
        await worker.stop();
      }
    },
  },
];

async function history(app: TestApp, issueId: string): Promise<Array<{ type: string; version: number; data: Record<string, unknown> }>> {
  const response = await app.api('GET', `/issues/${issueId}/history`, { token: await app.login('auditor') });
  return response.body.events;
}

async function waitForResults(app: TestApp, issueId: string, count: number): Promise<void> {
  for (const until = Date.now() + 20_000; Date.now() < until; ) {
    if ((await history(app, issueId)).filter((event) => event.type === 'ResultReported').length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`issue ${issueId} never got ${count} ResultReported`);
}

describe.each(TIMINGS)('the iron rules, $name, deadline clock stopped', (timing) => {
  let database: TestDatabase;
  let app: TestApp;
  const clock = new ManualClock('2026-06-01T02:00:00.000Z'); // inside the official calendar (2024–2026)
  const token = (user: string) => app.login(user);
  const post = async (path: string, user: string, body: object) => app.api('POST', path, { token: await token(user), body });
  const deliver = (issueId: string, count: number) => timing.deliverResults(app, clock, database, issueId, count);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await timing.start(clock, database);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  const register = async (unitId = 'u-001') => {
    const body = { unitId, category: 'safety', severity: 'general', title: '围墙破损', description: '东侧围墙破损', source: { kind: 'visit' } };
    const response = await post('/issues', 'sup01', body);
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  const ok = async (path: string, user: string, body: object) => {
    const response = await post(path, user, body);
    if (response.status >= 300) throw new Error(`${path} as ${user}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const publishBulletin = async (issueId: string) => {
    const drafted = await ok('/bulletins', 'coordinator', { title: '督导通报', issueIds: [issueId] });
    await ok(`/bulletins/${drafted.id}/publish`, 'coordinator', { scope: 'public' });
    return drafted.id as string;
  };
  const expectRefused = async (path: string, user: string, body: object, code: string, issueId: string) => {
    const before = (await history(app, issueId)).length;
    const response = await post(path, user, body);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 422, code });
    expect((await history(app, issueId)).length).toBe(before); // a refused command appends nothing
    return response.body;
  };

  it('must report: a bulletin published while the issue awaited recheck does not report the recheck after it', async () => {
    const id = await register();
    await ok(`/issues/${id}/rectification-orders`, 'sup01', { requirements: '修复围墙', calendarDays: 10 });
    await ok(`/issues/${id}/rectification-reports`, 'unit001', { measures: '已修复' });
    const publishedAt = clock.now();
    const bulletinId = await publishBulletin(id); // snapshot: version 3, awaiting recheck
    if (timing.name === 'worker in process') await deliver(id, 1); // delivered before the recheck …
    clock.advance(HOUR);
    await ok(`/issues/${id}/rechecks`, 'sup01', { method: 'on_site', outcome: 'passed', findings: '已修复' });
    if (timing.name === 'worker behind') await deliver(id, 1); // … or after it: the original bypass
    const reported = (await history(app, id)).find((event) => event.type === 'ResultReported');
    expect(reported?.data).toMatchObject({ bulletinId, reportedVersion: 3, publishedAt });

    const refusal = await expectRefused(`/issues/${id}/close`, 'sup01', {}, 'RESULT_NOT_REPORTED', id);
    expect(refusal.titleZh).toBe('整改结果尚未通报');
    expect((await snapshotItem(bulletinId, id))).toMatchObject({ issueVersion: 3, status: 'awaiting_recheck', unitName: '示范县实验小学', recheckOutcome: null });

    const second = await publishBulletin(id); // now the bulletin sees the passed recheck
    await deliver(id, 2);
    expect((await snapshotItem(second, id))).toMatchObject({ status: 'rectified', recheckOutcome: 'passed', recheckMethod: 'on_site' });
    expect((await post(`/issues/${id}/close`, 'sup01', { note: '销号' })).status).toBe(200);
  });

  it('must be held accountable: reported after the deadline before any clock scan, the overdue is recorded anyway', async () => {
    const id = await register();
    await ok(`/issues/${id}/rectification-orders`, 'sup01', { requirements: '修复围墙', deadline: new Date(Date.parse(clock.now()) + 2 * HOUR).toISOString() });
    clock.advance(3 * HOUR); // the deadline passes; no scan comes
    await ok(`/issues/${id}/rectification-reports`, 'unit001', { measures: '已修复（逾期）' });
    const events = await history(app, id);
    expect(events.map((event) => event.type).slice(-2)).toEqual(['RectificationOverdue', 'RectificationReported']);
    expect(events.at(-1)?.data).toMatchObject({ late: true });
    await ok(`/issues/${id}/rechecks`, 'sup01', { method: 'on_site', outcome: 'passed', findings: '已修复' });
    await publishBulletin(id);
    await deliver(id, 1);
    await expectRefused(`/issues/${id}/close`, 'sup01', {}, 'ACCOUNTABILITY_REQUIRED', id);

    await ok(`/issues/${id}/accountability-decisions`, 'leader', { targets: [{ kind: 'unit', name: '示范县实验小学', unitId: 'u-001' }], measures: ['interview'], basis: '《教育督导问责办法》' });
    await expectRefused(`/issues/${id}/close`, 'sup01', {}, 'RESULT_NOT_REPORTED', id); // the decision must be reported too
    await publishBulletin(id);
    await deliver(id, 2);
    expect((await post(`/issues/${id}/close`, 'sup01', {})).status).toBe(200);
  });

  it('accountability satisfied by anyone: targets outside the issue’s unit and its superior department are refused', async () => {
    const id = await register();
    await ok(`/issues/${id}/rectification-orders`, 'sup01', { requirements: '修复围墙', deadline: new Date(Date.parse(clock.now()) + HOUR).toISOString() });
    clock.advance(2 * HOUR);
    await ok(`/issues/${id}/feedback`, 'sup01', { note: '已催促' }); // any command records the overdue
    expect((await app.api('GET', `/issues/${id}/state`, { token: await token('leader') })).body).toMatchObject({ accountabilityRequired: true, accountabilityReasons: ['overdue'] });

    const decision = (targets: object[]) => ({ targets, measures: ['interview'], basis: '《教育督导问责办法》' });
    const path = `/issues/${id}/accountability-decisions`;
    const refused = [
      [{ kind: 'unit', name: '邻县实验小学', unitId: 'u-b01' }], // another county
      [{ kind: 'unit', name: '不存在的学校', unitId: 'u-999' }], // not in the registry
      [{ kind: 'unit', name: '示范县第一中学', unitId: 'u-002' }], // same county, not the issue's unit
      [{ kind: 'unit', name: '邻县教育局', unitId: 'u-bureau-r-neighbour-county' }], // a bureau, but of another county
      [{ kind: 'person', name: '张校长' }], // a person without their unit
      [{ kind: 'unit', name: '示范县实验小学', unitId: 'u-001' }, { kind: 'unit', name: '邻县实验小学', unitId: 'u-b01' }],
    ];
    for (const targets of refused) {
      const refusal = await expectRefused(path, 'leader', decision(targets), 'ACCOUNTABILITY_TARGET_INVALID', id);
      expect(refusal.errors?.[0]?.field).toMatch(/^targets\[\d]\.unitId$/);
    }
    expect((await app.api('GET', `/issues/${id}/state`, { token: await token('leader') })).body).toMatchObject({ accountabilityRequired: true });

    const accepted = await post(path, 'leader', decision([{ kind: 'unit', name: '示范县教育局', unitId: 'u-bureau-r-demo-county' }, { kind: 'person', name: '张校长', unitId: 'u-001' }]));
    expect(accepted.status).toBe(200);
    expect((await app.api('GET', `/issues/${id}/state`, { token: await token('leader') })).body).toMatchObject({ accountabilityRequired: false, accountabilityDecided: true });
  });

  /** The published snapshot item of one issue, read from the bulletin's own stream. */
  async function snapshotItem(bulletinId: string, issueId: string): Promise<Record<string, unknown> | undefined> {
    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT data FROM es_events WHERE stream = $1 AND type = 'BulletinPublished'`, [`bulletin-${bulletinId}`]);
      return (rows[0]?.data.items as Array<Record<string, unknown>>).find((item) => item.issueId === issueId);
    } finally {
      await db.end();
    }
  }
});
