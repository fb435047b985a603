import { ManualClock } from '@app/application';
import { ALL_PROJECTIONS } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing/test-app';
import { rebuildProjection } from '../../apps/worker/src/projections/projection-rebuild';
import { publicOutputs, scanDatabase, verifyEveryStream } from './personal-data.helpers';

/**
 * DESIGN §3.11 / issue 18: a person held accountable and a flagged free text are erased on request; every history
 * still verifies, every read shows [已删除], projections rebuild, public routes and the database hold the names nowhere.
 */
describe('personal data: erasable on request while every history verifies', () => {
  const TEACHER = '欧阳明辉';
  const PUPIL = '司马小雨';
  const OTHER = '诸葛文静';
  const DESCRIPTION = `${TEACHER}老师在课堂上体罚学生${PUPIL}`;
  const clock = new ManualClock('2026-06-01T02:00:00.000Z');
  let app: TestApp;
  let sup: string, leader: string, coordinator: string, auditor: string, admin: string;
  let issueId: string;
  /** the case the quick decision opened and decided: it names the same persons in its own stream */
  let caseId: string;
  let bulletinId: string;
  let lastPosition: string;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    [sup, leader, coordinator, auditor, admin] = await Promise.all(['sup01', 'leader', 'coordinator', 'auditor', 'admin'].map((u) => app.login(u)));
    const registered = await app.api('POST', '/issues', {
      token: sup,
      body: { unitId: 'u-001', category: 'teachers', severity: 'serious', title: '教师师德问题', description: DESCRIPTION, personal: true, source: { kind: 'complaint' } },
    });
    if (registered.status !== 201) {
      throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
    }
    issueId = registered.body.id;
    const decided = await app.api('POST', `/issues/${issueId}/accountability-decisions`, {
      token: leader,
      body: {
        targets: [
          { kind: 'person', name: TEACHER, unitId: 'u-001' },
          { kind: 'person', name: OTHER, unitId: 'u-001' },
          { kind: 'unit', name: '示范县实验小学', unitId: 'u-001' },
        ],
        measures: ['interview'],
        basis: '《中小学教师违反职业道德行为处理办法》',
      },
    });
    expect(decided.status).toBe(200);
    caseId = decided.body.caseId;
    expect(decided.body).toMatchObject({ caseId: expect.any(String), caseNumber: expect.any(String), docNumber: expect.any(String) });
    const drafted = await app.api('POST', '/bulletins', { token: coordinator, body: { title: '2026年第5期督导通报（师德专项）', issueIds: [issueId] } });
    bulletinId = drafted.body.id;
    expect((await app.api('POST', `/bulletins/${bulletinId}/publish`, { token: coordinator, body: { scope: 'public' } })).status).toBe(200);
    for (let i = 0; i < 200 && !(await events()).some((e) => e.type === 'ResultReported'); i++) await new Promise((r) => setTimeout(r, 50));
    lastPosition = (await events()).at(-1)!.position;
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
  });

  const events = async () => (await app.api('GET', `/issues/${issueId}/history`, { token: auditor })).body.events as Array<{ type: string; data: any; position: string; metadata: any }>;
  const accountability = async () => (await events()).find((e) => e.type === 'AccountabilityDecided')!.data;
  const summary = async () => (await app.api('GET', `/issues/${issueId}?minPosition=${lastPosition}`, { token: auditor })).body;
  const subjects = async (query: string) => (await app.api('GET', `/admin/personal-data/subjects?${query}`, { token: admin })).body;

  it('shows the plaintext to those who may read it, keeps only ciphertext and commitments at rest', async () => {
    const data = await accountability();
    expect(data.targets.map((t: { name: string }) => t.name)).toEqual([TEACHER, OTHER, '示范县实验小学']);
    expect((await events())[0].data).toMatchObject({ description: DESCRIPTION, personal: true });
    expect((await app.api('GET', `/issues/${issueId}/state`, { token: auditor })).body.description).toBe(DESCRIPTION);
    expect((await summary()).description).toBe(DESCRIPTION);
    // the command fingerprint is keyed: it tests no guessed name
    expect((await events()).find((e) => e.type === 'AccountabilityDecided')!.metadata.commandFingerprint).toMatch(/^h1:[0-9a-f]{64}$/);

    const raw = await app.service.eventStore.readStream(`issue-${issueId}`);
    const stored = raw.find((e) => e.type === 'AccountabilityDecided')!.data as { targets: Array<{ name: unknown }> };
    expect(stored.targets[0].name).toMatchObject({ $pii: 1, subject: expect.stringMatching(/^subj_/), commitment: expect.any(String), ciphertext: expect.any(String) });
    expect(stored.targets[2].name).toBe('示范县实验小学'); // a unit is not a person
    expect(await scanDatabase(app.database.url, [TEACHER, PUPIL, OTHER])).toEqual([]);
    // the scan does see text inside events and read models: a unit's name, stored in clear, is found
    expect(await scanDatabase(app.database.url, ['示范县实验小学'])).toEqual(expect.arrayContaining(['public.es_events: 示范县实验小学']));

    const verify = await app.api('GET', `/issues/${issueId}/verify`, { token: auditor });
    expect(verify.body).toMatchObject({ valid: true, personalData: { values: 3, erased: 0 } });
  });

  it('recognises a retried command by its sealed fingerprint, and refuses the same key with another name', async () => {
    const body = (name: string) => ({ targets: [{ kind: 'person', name, unitId: 'u-001' }], measures: ['interview'], basis: '重试' });
    const headers = { 'Idempotency-Key': 'pii-retry-1' };
    const other = (await app.api('POST', '/issues', { token: sup, body: { unitId: 'u-001', category: 'teachers', severity: 'general', title: '重试', description: '—', source: { kind: 'other' } } })).body.id;
    const first = await app.api('POST', `/issues/${other}/accountability-decisions`, { token: leader, body: body(OTHER), headers });
    expect(first.status).toBe(200);
    const retried = await app.api('POST', `/issues/${other}/accountability-decisions`, { token: leader, body: body(OTHER), headers });
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.body.version).toBe(first.body.version);
    const reused = await app.api('POST', `/issues/${other}/accountability-decisions`, { token: leader, body: body('另一个人'), headers });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('lets an admin find the subjects of a stream and of a person, names masked', async () => {
    const byStream = await subjects(`issueId=${issueId}`);
    expect(byStream.total).toBe(3);
    expect(byStream.items.map((s: { label: string }) => s.label).sort()).toEqual(['欧***', '欧…（18字）', '诸***'].sort());
    // by name: the person in the issue and in the case the quick decision opened (a subject per stream), and the
    // flagged text of the same issue that names them (a subject of its own)
    const byName = await subjects(`name=${encodeURIComponent(` ${TEACHER} `)}`);
    expect(byName.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ stream: `issue-${issueId}`, kind: 'person', label: '欧***', erasedAt: null, issue: { id: issueId, title: '教师师德问题', unitId: 'u-001' } }),
      expect.objectContaining({ stream: `accountability-${caseId}`, kind: 'person', label: '欧***', erasedAt: null }),
      expect.objectContaining({ stream: `issue-${issueId}`, kind: 'text', label: '欧…（18字）' }),
    ]));
    expect(byName.total).toBe(3);
    expect((await subjects(`name=${encodeURIComponent(PUPIL)}`)).total).toBe(0); // named only inside a text: no person subject
    expect(JSON.stringify(byStream)).not.toContain(TEACHER);
    expect((await app.api('GET', `/admin/personal-data/subjects?issueId=${issueId}`, { token: leader })).status).toBe(403);
  });

  it('never shows a person in public output (every public route, enumerated)', async () => {
    const outputs = await publicOutputs(app, { id: [bulletinId], bulletinId: [bulletinId], issueId: [issueId], unitId: ['u-001'] });
    const all = [...outputs.values()].join('\n');
    expect(all).toContain(bulletinId); // the fixture's bulletin is really there: the scan is not vacuous
    for (const name of [TEACHER, PUPIL, OTHER]) expect(all).not.toContain(name);
  });

  it('erases a person and a flagged text: [已删除] everywhere, every chain still verifies, idempotent', async () => {
    // a person's request covers every stream that names them: the issue and its case
    const persons = (await subjects(`name=${encodeURIComponent(TEACHER)}`)).items.filter((s: { kind: string }) => s.kind === 'person') as { subjectRef: string; stream: string }[];
    expect(persons.map((p) => p.stream).sort()).toEqual([`accountability-${caseId}`, `issue-${issueId}`]);
    const teacher = persons.find((p) => p.stream === `issue-${issueId}`)!.subjectRef;
    const inCase = persons.find((p) => p.stream !== `issue-${issueId}`)!.subjectRef;
    const text = (await subjects(`issueId=${issueId}`)).items.find((s: { kind: string }) => s.kind === 'text').subjectRef as string;
    const refused = await app.api('POST', `/admin/personal-data/${teacher}/erase`, { token: leader, body: { reason: 'x' } });
    expect(refused.status).toBe(403);
    expect((await app.api('POST', `/admin/personal-data/${teacher}/erase`, { token: admin, body: {} })).status).toBe(400);
    expect((await app.api('POST', '/admin/personal-data/subj_00000000-0000-4000-8000-000000000000/erase', { token: admin, body: { reason: 'x' } })).status).toBe(404);

    clock.advance(3_600_000);
    const erased = await app.api('POST', `/admin/personal-data/${teacher}/erase`, { token: admin, body: { reason: '本人依《个人信息保护法》第四十七条申请删除' } });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ subjectRef: teacher, stream: `issue-${issueId}`, alreadyErased: false, erasedAt: clock.now() });
    const again = await app.api('POST', `/admin/personal-data/${teacher}/erase`, { token: admin, body: { reason: '重复请求' } });
    expect(again.body).toMatchObject({ alreadyErased: true, version: erased.body.version, erasedAt: clock.now() });
    expect((await app.api('POST', `/admin/personal-data/${inCase}/erase`, { token: admin, body: { reason: '本人依《个人信息保护法》第四十七条申请删除' } })).status).toBe(200);
    expect((await app.api('POST', `/admin/personal-data/${text}/erase`, { token: admin, body: { reason: '处理目的已实现' } })).status).toBe(200);

    // reads: the history (the dossier's source), the state, the read model
    const data = await accountability();
    expect(data.targets.map((t: { name: string }) => t.name)).toEqual(['[已删除]', OTHER, '示范县实验小学']);
    expect((await events())[0].data.description).toBe('[已删除]');
    expect((await app.api('GET', `/issues/${issueId}/state`, { token: auditor })).body.description).toBe('[已删除]');
    expect((await summary()).description).toBe('[已删除]');

    // verification: the issue, the audit stream, every stream of the log
    expect((await app.api('GET', `/issues/${issueId}/verify`, { token: auditor })).body).toMatchObject({ valid: true, personalData: { values: 3, erased: 2 } });
    const audit = (await app.api('GET', '/admin/personal-data/audit', { token: admin })).body;
    expect(audit.verification).toEqual({ valid: true, events: 3 });
    expect(audit.events.map((e: { type: string; data: { subjectRef: string } }) => [e.type, e.data.subjectRef])).toEqual([['PersonalDataErased', teacher], ['PersonalDataErased', inCase], ['PersonalDataErased', text]]);
    // the case reads [已删除] too, and its chain verifies
    const theCase = (await app.api('GET', `/accountability-cases/${caseId}`, { token: leader })).body;
    expect(JSON.stringify(theCase)).not.toContain(TEACHER);
    expect(JSON.stringify(theCase)).toContain(OTHER);
    expect(audit.events[0]).toMatchObject({ actor: { id: 'user-admin', role: 'admin' }, data: { reason: '本人依《个人信息保护法》第四十七条申请删除', stream: `issue-${issueId}` } });
    const everything = await verifyEveryStream(app.database.url, app.service.eventStore);
    expect(everything.broken).toEqual([]);
    expect(everything.streams).toEqual(expect.arrayContaining([`issue-${issueId}`, `accountability-${caseId}`, `bulletin-${bulletinId}`, 'personal-data-audit']));

    const listed = await subjects(`issueId=${issueId}`);
    expect(listed.items.filter((s: { erasedAt: string | null }) => s.erasedAt).map((s: { label: string }) => s.label)).toEqual(['[已删除]', '[已删除]']);
    expect((await subjects(`name=${encodeURIComponent(TEACHER)}`)).total).toBe(0); // no lookup survives the erasure
  });

  it('keeps working on the issue: deciders see [已删除], a name given again is a new subject', async () => {
    const feedback = await app.api('POST', `/issues/${issueId}/feedback`, { token: sup, body: { note: '已约谈', channel: 'on_site' } });
    expect(feedback.status).toBe(200);
    const decided = await app.api('POST', `/issues/${issueId}/accountability-decisions`, {
      token: leader,
      body: { targets: [{ kind: 'person', name: TEACHER, unitId: 'u-001' }], measures: ['notified_criticism'], basis: '再次处理' },
    });
    expect(decided.status).toBe(200);
    lastPosition = decided.body.position;
    const decisions = (await events()).filter((e) => e.type === 'AccountabilityDecided').map((e) => e.data.targets[0].name);
    expect(decisions).toEqual(['[已删除]', TEACHER]);
    expect((await subjects(`name=${encodeURIComponent(TEACHER)}`)).total).toBe(2); // in the issue and in the new case
    expect((await app.api('GET', `/issues/${issueId}/verify`, { token: auditor })).body).toMatchObject({ valid: true, personalData: { values: 4, erased: 2 } });
  });

  it('rebuilds every projection and still finds the erased names nowhere, the database and public output included', async () => {
    for (const later of (await subjects(`name=${encodeURIComponent(TEACHER)}`)).items.filter((s: { kind: string }) => s.kind === 'person')) {
      expect((await app.api('POST', `/admin/personal-data/${later.subjectRef}/erase`, { token: admin, body: { reason: '再次申请删除' } })).status).toBe(200);
    }
    for (const projection of ALL_PROJECTIONS) {
      const progress = await rebuildProjection({ pool: app.service.pool, store: app.service.eventStore }, projection, { restart: true });
      expect(progress.done).toBe(true);
    }
    expect((await summary()).description).toBe('[已删除]');
    // lists behind the exports (CSV/XLSX are built from them) and the public routes
    for (const path of ['/issues', '/overdue', '/dashboard', '/alerts', '/bulletins']) {
      const body = JSON.stringify((await app.api('GET', path, { token: leader })).body);
      for (const name of [TEACHER, PUPIL]) expect(body).not.toContain(name);
    }
    const outputs = [...(await publicOutputs(app, { id: [bulletinId], bulletinId: [bulletinId], issueId: [issueId], unitId: ['u-001'] })).values()].join('\n');
    for (const name of [TEACHER, PUPIL, OTHER]) expect(outputs).not.toContain(name);
    expect(await scanDatabase(app.database.url, [TEACHER, PUPIL, OTHER])).toEqual([]);
    expect((await verifyEveryStream(app.database.url, app.service.eventStore)).broken).toEqual([]);
  }, 60_000);
});
