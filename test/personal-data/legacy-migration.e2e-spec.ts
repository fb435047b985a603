import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { ManualClock, PersonalDataVault } from '@app/application';
import type { RecordedEvent } from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/projections';
import { createTestDatabase, type TestDatabase } from '@app/testing/test-database';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { personalDataCli } from '../../apps/api/src/personal-data/personal-data.cli';
import { rebuildProjection } from '../../apps/worker/src/projections/projection-rebuild';
import { scanDatabase } from './personal-data.helpers';

const CLI = join(__dirname, '../../dist/apps/api/src/personal-data/personal-data.cli.js');

/**
 * Events recorded before the vault (names in clear, a raw command fingerprint) keep verifying, and
 * `npm run personal-data -- migrate` moves their names into the vault: it re-chains each stream with a signed
 * record of every old and new hash, refuses to run beside a live service, and leaves a broken stream alone (saying why).
 */
describe('moving personal data recorded before the vault', () => {
  const LEGACY = '公孙建国';
  const UNMOVABLE = '上官婉清';
  const clock = new ManualClock('2026-06-01T02:00:00.000Z');
  let database: TestDatabase;
  let app: TestApp | undefined;
  let moved: string; // the stream migrated
  let broken: string; // a stream whose chain was tampered with
  let before: RecordedEvent[];
  const legacyFingerprint = createHash('sha256').update(`POST /api/issues/:id/accountability-decisions {"targets":[{"name":"${LEGACY}"}]}`).digest('hex');

  const cli = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number; output: string }>((resolve) => {
      execFile(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH, DATABASE_URL: database.url, NODE_ENV: 'test', ...env } }, (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
      );
    });
  const rows = async (stream: string) => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(`SELECT version, data, metadata, hash, prev_hash FROM es_events WHERE stream = $1 ORDER BY version`, [stream])).rows;
    } finally {
      await client.end();
    }
  };

  /** An accountability decision written as the service wrote it before the vault: the name in clear. */
  async function legacyDecision(issueId: string, name: string, expectedVersion: number, siblings = false) {
    const data = { targets: [{ kind: 'person', name, unitId: 'u-001' }, { kind: 'unit', name: '示范县实验小学', unitId: 'u-001' }], measures: ['interview'], basis: '约谈', reasons: [], decidedAt: clock.now(), decidedBy: 'user-leader' };
    const events = [{ type: 'AccountabilityDecided', data }, ...(siblings ? [{ type: 'IssueFedBack', data: { note: '同一命令的第二个事件', channel: 'other', fedBackAt: clock.now(), fedBackBy: 'user-leader' } }] : [])];
    await app!.service.eventStore.append(`issue-${issueId}`, events, {
      expectedVersion,
      metadata: { commandId: `user-leader:legacy-${issueId}`, correlationId: 'legacy', causationId: null, actor: { id: 'user-leader', role: 'leader' }, recordedAt: clock.now(), commandFingerprint: legacyFingerprint },
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp({ clock, database });
    const sup = await app.login('sup01');
    const register = async () => (await app!.api('POST', '/issues', { token: sup, body: { unitId: 'u-001', category: 'teachers', severity: 'general', title: '师德问题', description: '—', source: { kind: 'other' } } })).body.id as string;
    moved = await register();
    broken = await register();
    await legacyDecision(moved, LEGACY, 1, true);
    expect((await app.api('POST', `/issues/${moved}/feedback`, { token: sup, body: { note: '后续反馈', channel: 'on_site' } })).status).toBe(200);
    await legacyDecision(broken, UNMOVABLE, 1);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(`UPDATE es_events SET data = jsonb_set(data, '{basis}', '"篡改"') WHERE stream = $1 AND version = 2`, [`issue-${broken}`]);
    await client.end();
    before = await app.service.eventStore.readStream(`issue-${moved}`);
    expect(before.map((e) => e.type)).toEqual(['IssueRegistered', 'AccountabilityDecided', 'IssueFedBack', 'IssueFedBack']);
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('reads and verifies pre-vault events as they are', async () => {
    const auditor = await app!.login('auditor');
    expect((await app!.api('GET', `/issues/${moved}/verify`, { token: auditor })).body).toEqual({ valid: true, events: 4 });
    const history = (await app!.api('GET', `/issues/${moved}/history`, { token: auditor })).body.events;
    expect(history[1].data.targets[0].name).toBe(LEGACY);
  });

  it('refuses to migrate while the service is connected, and on KurrentDB', async () => {
    const running = await cli(['migrate']);
    expect(running.code).toBe(2);
    expect(running.output).toMatch(/stop the api and the worker first/);
    const lines: string[] = [];
    expect(await personalDataCli(['migrate'], { DATABASE_URL: database.url, NODE_ENV: 'test', EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://127.0.0.1:1?tls=false' }, (l) => lines.push(l))).toBe(2);
    expect(lines.join('\n')).toMatch(/KurrentDB events are immutable/);
    expect(await rows(`issue-${moved}`)).toEqual(expect.arrayContaining([expect.objectContaining({ hash: before[1].hash })]));
  }, 30_000);

  it('dry-runs without changing anything, then moves what it can and says what it cannot', async () => {
    await app!.stop();
    app = undefined;
    const dry = await cli(['migrate', '--dry-run']);
    expect(dry.output).toContain(`issue-${moved}: would move 1 values of versions 2`);
    expect(dry.output).toContain(`issue-${broken}: NOT moved — the chain is broken at version 2`);
    expect((await rows(`issue-${moved}`)).map((r) => r.hash)).toEqual(before.map((e) => e.hash));

    const run = await cli(['migrate', '--actor', 'user-admin']);
    expect(run.output).toContain('moved 1 personal value(s) in 1 stream(s); 1 stream(s) not moved');
    expect(run.output).toContain(`NOT MOVED issue-${broken} (versions 2)`);
    expect(run.code).toBe(1);

    const after = await rows(`issue-${moved}`);
    expect(after[0].hash).toBe(before[0].hash); // before the first moved value nothing changes
    expect(after.slice(1).map((r) => r.hash)).not.toEqual(before.slice(1).map((e) => e.hash));
    expect(after[1].data.targets[0].name).toMatchObject({ $pii: 1, subject: expect.stringMatching(/^subj_/) });
    expect(after[1].data.targets[1].name).toBe('示范县实验小学');
    // both events of the legacy command carry the sealed fingerprint; the later command's was sealed already
    expect([after[1].metadata.commandFingerprint, after[2].metadata.commandFingerprint]).toEqual([expect.stringMatching(/^h1:/), expect.stringMatching(/^h1:/)]);
    expect(after[1].metadata.commandFingerprint).toBe(after[2].metadata.commandFingerprint);

    const audit = await rows('personal-data-audit');
    expect(audit).toHaveLength(1);
    expect(audit[0].metadata.actor).toEqual({ id: 'user-admin', role: 'admin' });
    expect(audit[0].data).toMatchObject({
      stream: `issue-${moved}`, fromVersion: 2, toVersion: 4, previousHead: before[3].hash, head: after[3].hash, signature: expect.stringMatching(/^[0-9a-f]{64}$/),
      events: [
        { version: 2, previousHash: before[1].hash, hash: after[1].hash, moved: [{ path: 'targets.0.name', subjectRef: after[1].data.targets[0].name.subject }] },
        { version: 3, previousHash: before[2].hash, hash: after[2].hash, moved: [] },
        { version: 4, previousHash: before[3].hash, hash: after[3].hash, moved: [] },
      ],
    });

    const verify = await cli(['verify']);
    expect(verify.output).toContain(`BROKEN issue-${broken} at version 2`);
    expect(verify.output).not.toContain(`BROKEN issue-${moved}`);
    expect(verify.output).not.toContain('MIGRATION RECORD');
    expect(verify.code).toBe(1);

    const again = await cli(['migrate']);
    expect(again.output).toContain('moved 0 personal value(s) in 0 stream(s); 1 stream(s) not moved'); // idempotent
    expect((await rows(`issue-${moved}`)).map((r) => r.hash)).toEqual(after.map((r) => r.hash));

    const listed = await cli(['subjects', '--issue', moved]);
    expect(listed.output).toMatch(/subj_\S+ {2}issue-\S+ {2}person {2}公\*\*/);
    expect(listed.output).not.toContain(LEGACY);
  }, 90_000);

  it('after the migration: the service reads, erases and verifies the moved names; the database keeps only what could not move', async () => {
    app = await startTestApp({ clock, database });
    const [auditor, admin] = [await app.login('auditor'), await app.login('admin')];
    expect((await app.api('GET', `/issues/${moved}/verify`, { token: auditor })).body).toEqual({ valid: true, events: 4, personalData: { values: 1, erased: 0 } });
    expect((await app.api('GET', `/issues/${moved}/history`, { token: auditor })).body.events[1].data.targets[0].name).toBe(LEGACY);
    // a retried legacy command is still recognised: the sealed fingerprint is the vault's seal of the raw one
    const stored = (await app.service.eventStore.readStream(`issue-${moved}`))[1].metadata.commandFingerprint;
    expect(stored).toBe(await app.service.app.get(PersonalDataVault).sealFingerprint(legacyFingerprint));

    const subject = (await app.api('GET', `/admin/personal-data/subjects?name=${encodeURIComponent(LEGACY)}`, { token: admin })).body.items[0].subjectRef;
    expect((await app.api('POST', `/admin/personal-data/${subject}/erase`, { token: admin, body: { reason: '本人申请删除' } })).status).toBe(200);
    expect((await app.api('GET', `/issues/${moved}/history`, { token: auditor })).body.events[1].data.targets[0].name).toBe('[已删除]');
    expect((await app.api('GET', `/issues/${moved}/verify`, { token: auditor })).body).toEqual({ valid: true, events: 4, personalData: { values: 1, erased: 1 } });
    const audit = (await app.api('GET', '/admin/personal-data/audit', { token: admin })).body;
    expect(audit.verification).toEqual({ valid: true, events: 2 });
    expect(audit.events.map((e: { type: string }) => e.type)).toEqual(['PersonalDataMigrated', 'PersonalDataErased']);

    for (const projection of ALL_PROJECTIONS) await rebuildProjection({ pool: app.service.pool, store: app.service.eventStore }, projection, { restart: true });
    expect(await scanDatabase(database.url, [LEGACY])).toEqual([]);
    expect(await scanDatabase(database.url, [UNMOVABLE])).toEqual(['public.es_events: 上官婉清']); // reported as not moved
  }, 60_000);
});
