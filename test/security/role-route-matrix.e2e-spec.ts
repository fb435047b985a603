/**
 * THE role × route matrix (DESIGN §4, "who" and Scope): every demo role against every route, one expected status
 * per cell. Read it as a table.
 *
 * How a cell is decided (the rules live in libs/application/src/jurisdiction/jurisdiction.policy.ts):
 *   401  no token
 *   403  the role may not use the route (checked before anything is read, so it leaks nothing), or a create
 *        names a registry unit outside the caller's jurisdiction (POST /issues, POST /visits)
 *   404  the issue or bulletin lies outside the caller's jurisdiction: answered exactly as if it did not exist,
 *        for reads and commands alike (existence must not leak). Read and act scopes are the same, so
 *        "visible but may not act" only arises through the role (403), never through scope.
 *   422  the request passed authentication, role and jurisdiction and reached the business rules. The fixtures
 *        make every allowed command break a rule (the issues are withdrawn, the bulletins already published,
 *        categories unknown), so the matrix changes nothing and its cells do not depend on their order.
 *   200/201  an allowed read, or a draft bulletin (a new stream; harmless)
 *
 * Jurisdiction (demo data): cityleader → both counties; leader, coordinator, auditor → 示范县; leaderb,
 * coordinatorb → 邻县; sup01 → zone 1 of 示范县 (he leads it; u-001 is also his school); sup02 → his five schools
 * (not u-001); supb01 → 邻县's five schools; unit001 → u-001; unit002 → u-002; unitb01 → u-b01.
 * admin (the city) administers: registry import and the denied-attempts log; DESIGN gives it no case-work route
 * but the issue list.
 */
import { startTestApp, type TestApp } from '@app/testing/test-app';

const USERS = ['anon', 'admin', 'cityleader', 'leader', 'coordinator', 'auditor', 'leaderb', 'coordinatorb', 'sup01', 'sup02', 'supb01', 'unit001', 'unit002', 'unitb01'] as const;
type User = (typeof USERS)[number];

// Placeholders filled by the fixtures: A = a (withdrawn) issue at u-001 in 示范县, B = one at u-b01 in 邻县;
// BA / BB = published bulletins of each county; F = an evidence file of issue A.
const FEEDBACK = { note: 'matrix' };
const ORDER = { requirements: 'matrix', calendarDays: 10 };
const EXTENSION = { proposedDeadline: '2030-01-01T00:00:00Z', reason: 'matrix' };
const DECISION = { approved: false, note: 'matrix' };
const REPORT = { measures: 'matrix' };
const RECHECK = { method: 'on_site', outcome: 'passed', findings: 'matrix' };
const ACCOUNTABILITY = { targets: [{ kind: 'unit', name: '示范县实验小学' }], measures: ['interview'], basis: 'matrix' };
const LOOK_BACK = { outcome: 'sustained', findings: 'matrix' };
const WITHDRAW = { reason: 'matrix' };
const issueAt = (unitId: string) => ({ unitId, category: 'no_such_category', severity: 'general', title: 'matrix', description: 'matrix', source: { kind: 'other' } });
const visitAt = (unitId: string) => ({ unitId, kind: 'routine', date: '2026-11-02', matters: ['no_such_matter'], notes: '' });
const IMPORT_DRY_RUN = { format: 'json', dryRun: true, data: { categories: [{ code: 'policy', name: '贯彻党的教育方针、落实立德树人' }] } };

type Row = [method: string, path: string, body: unknown, ...expected: number[]];

// prettier-ignore
const MATRIX: Row[] = [
  //                                                            anon admin city lead coord aud leadb coordb sup01 sup02 supb01 u001 u002 ub01
  ['GET',  '/health',                              undefined,   200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],

  // ── issue A at u-001 (示范县, zone 1) ─────────────────────────────────────────────────────────────────────
  ['GET',  '/issues/:A',                           undefined,   401, 403, 200, 200, 200, 200, 404, 404, 200, 404, 404, 200, 404, 404],
  ['GET',  '/issues/:A/history',                   undefined,   401, 403, 200, 200, 200, 200, 404, 404, 200, 404, 404, 200, 404, 404],
  ['GET',  '/issues/:A/state',                     undefined,   401, 403, 200, 200, 200, 200, 404, 404, 200, 404, 404, 403, 403, 403],
  ['GET',  '/issues/:A/verify',                    undefined,   401, 403, 200, 200, 200, 200, 404, 404, 200, 404, 404, 403, 403, 403],
  ['POST', '/issues/:A/feedback',                  FEEDBACK,    401, 403, 403, 403, 422, 403, 403, 404, 422, 404, 404, 403, 403, 403],
  ['POST', '/issues/:A/rectification-orders',      ORDER,       401, 403, 403, 403, 422, 403, 403, 404, 422, 404, 404, 403, 403, 403],
  ['POST', '/issues/:A/extension-requests',        EXTENSION,   401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 422, 404, 404],
  ['POST', '/issues/:A/extension-decisions',       DECISION,    401, 403, 403, 403, 422, 403, 403, 404, 422, 404, 404, 403, 403, 403],
  ['POST', '/issues/:A/rectification-reports',     REPORT,      401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 422, 404, 404],
  ['POST', '/issues/:A/rechecks',                  RECHECK,     401, 403, 403, 403, 422, 403, 403, 404, 422, 404, 404, 403, 403, 403],
  // evidence files: read by whoever may read an issue naming it; an upload without a file is refused (400)
  ['GET',  '/files/:F',                            undefined,   401, 403, 200, 200, 200, 200, 404, 404, 200, 404, 404, 200, 404, 404],
  ['POST', '/files',                               {},          401, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400],
  ['POST', '/issues/:A/accountability-decisions',  ACCOUNTABILITY, 401, 403, 422, 422, 403, 403, 404, 403, 403, 403, 403, 403, 403, 403],
  ['POST', '/issues/:A/close',                     {},          401, 403, 403, 403, 422, 403, 403, 404, 422, 404, 404, 403, 403, 403],
  ['POST', '/issues/:A/look-backs',                LOOK_BACK,   401, 403, 403, 403, 422, 403, 403, 404, 422, 404, 404, 403, 403, 403],
  ['POST', '/issues/:A/withdraw',                  WITHDRAW,    401, 403, 403, 403, 422, 403, 403, 404, 403, 403, 403, 403, 403, 403],

  // ── issue B at u-b01 (邻县) ───────────────────────────────────────────────────────────────────────────────
  //                                                            anon admin city lead coord aud leadb coordb sup01 sup02 supb01 u001 u002 ub01
  ['GET',  '/issues/:B',                           undefined,   401, 403, 200, 404, 404, 404, 200, 200, 404, 404, 200, 404, 404, 200],
  ['GET',  '/issues/:B/history',                   undefined,   401, 403, 200, 404, 404, 404, 200, 200, 404, 404, 200, 404, 404, 200],
  ['GET',  '/issues/:B/state',                     undefined,   401, 403, 200, 404, 404, 404, 200, 200, 404, 404, 200, 403, 403, 403],
  ['GET',  '/issues/:B/verify',                    undefined,   401, 403, 200, 404, 404, 404, 200, 200, 404, 404, 200, 403, 403, 403],
  ['POST', '/issues/:B/feedback',                  FEEDBACK,    401, 403, 403, 403, 404, 403, 403, 422, 404, 404, 422, 403, 403, 403],
  ['POST', '/issues/:B/rectification-orders',      ORDER,       401, 403, 403, 403, 404, 403, 403, 422, 404, 404, 422, 403, 403, 403],
  ['POST', '/issues/:B/extension-requests',        EXTENSION,   401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 422],
  ['POST', '/issues/:B/extension-decisions',       DECISION,    401, 403, 403, 403, 404, 403, 403, 422, 404, 404, 422, 403, 403, 403],
  ['POST', '/issues/:B/rectification-reports',     REPORT,      401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 422],
  ['POST', '/issues/:B/rechecks',                  RECHECK,     401, 403, 403, 403, 404, 403, 403, 422, 404, 404, 422, 403, 403, 403],
  ['POST', '/issues/:B/accountability-decisions',  ACCOUNTABILITY, 401, 403, 422, 404, 403, 403, 422, 403, 403, 403, 403, 403, 403, 403],
  ['POST', '/issues/:B/close',                     {},          401, 403, 403, 403, 404, 403, 403, 422, 404, 404, 422, 403, 403, 403],
  ['POST', '/issues/:B/look-backs',                LOOK_BACK,   401, 403, 403, 403, 404, 403, 403, 422, 404, 404, 422, 403, 403, 403],
  ['POST', '/issues/:B/withdraw',                  WITHDRAW,    401, 403, 403, 403, 404, 403, 403, 422, 403, 403, 403, 403, 403, 403],

  // ── creating: the unit is named in the body (registry data, no secret) → 403 out of jurisdiction ──────────
  //                                                            anon admin city lead coord aud leadb coordb sup01 sup02 supb01 u001 u002 ub01
  ['POST', '/issues',                              issueAt('u-001'), 401, 403, 403, 403, 422, 403, 403, 403, 422, 403, 403, 403, 403, 403],
  ['POST', '/issues',                              issueAt('u-b01'), 401, 403, 403, 403, 403, 403, 403, 422, 403, 403, 422, 403, 403, 403],
  ['POST', '/visits',                              visitAt('u-001'), 401, 403, 403, 403, 403, 403, 403, 403, 422, 403, 403, 403, 403, 403],
  ['POST', '/visits',                              visitAt('u-b01'), 401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 422, 403, 403, 403],

  // ── bulletins: a draft may only list issues in jurisdiction; BA/BB are published already (→ 422) ──────────
  ['POST', '/bulletins',                           { title: 'matrix', issueIds: [':A'] }, 401, 403, 201, 201, 201, 403, 404, 404, 403, 403, 403, 403, 403, 403],
  ['POST', '/bulletins',                           { title: 'matrix', issueIds: [':B'] }, 401, 403, 201, 404, 404, 403, 201, 201, 403, 403, 403, 403, 403, 403],
  ['POST', '/bulletins/:BA/publish',               { scope: 'internal' }, 401, 403, 422, 422, 422, 403, 404, 404, 403, 403, 403, 403, 403, 403],
  ['POST', '/bulletins/:BB/publish',               { scope: 'internal' }, 401, 403, 422, 404, 404, 403, 422, 422, 403, 403, 403, 403, 403, 403],
  ['PUT',  '/bulletins/:BA',                       { title: 'matrix', issueIds: [':A'] }, 401, 403, 422, 422, 422, 403, 404, 404, 403, 403, 403, 403, 403, 403],
  ['PUT',  '/bulletins/:BB',                       { title: 'matrix', issueIds: [':B'] }, 401, 403, 422, 404, 404, 403, 422, 422, 403, 403, 403, 403, 403, 403],
  // an internal bulletin: its office (and the city) reads it; to everyone else it does not exist
  ['GET',  '/bulletins/:BA',                       undefined,   401, 404, 200, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404],
  ['GET',  '/bulletins/:BB',                       undefined,   401, 404, 200, 404, 404, 404, 200, 200, 404, 404, 404, 404, 404, 404],
  ['GET',  '/public/bulletins/:BA',                undefined,   404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  ['GET',  '/bulletins/:BA/document?format=pdf',   undefined,   401, 404, 200, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404],
  ['GET',  '/bulletins/:BB/document?format=docx',  undefined,   401, 404, 200, 404, 404, 404, 200, 200, 404, 404, 404, 404, 404, 404],
  ['GET',  '/public/bulletins/:BA/document?format=pdf', undefined, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],

  // ── lists (contents are scoped too: see cross-county.e2e-spec.ts) ──────────────────────────────────────────
  //                                                            anon admin city lead coord aud leadb coordb sup01 sup02 supb01 u001 u002 ub01
  ['GET',  '/issues',                              undefined,   401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['GET',  '/overdue',                             undefined,   401, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 403, 403],
  ['GET',  '/dashboard',                           undefined,   401, 403, 200, 200, 200, 200, 200, 200, 403, 403, 403, 403, 403, 403],
  ['GET',  '/coverage?month=2026-11',              undefined,   401, 403, 200, 200, 200, 403, 200, 200, 200, 200, 200, 403, 403, 403],
  ['GET',  '/alerts',                              undefined,   401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['GET',  '/bulletins',                           undefined,   401, 403, 200, 200, 200, 403, 200, 200, 403, 403, 403, 403, 403, 403],
  ['GET',  '/public/bulletins',                    undefined,   200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['GET',  '/public/rectification',               undefined,   200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['GET',  '/me',                                  undefined,   401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['GET',  '/inbox',                               undefined,   401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['GET',  '/visits',                              undefined,   401, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['GET',  '/directory/users?ids=user-sup01',      undefined,   401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['GET',  '/directory/units',                     undefined,   401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['GET',  '/admin/numbers/unused',                undefined,   401, 200, 200, 200, 200, 200, 200, 200, 403, 403, 403, 403, 403, 403],

  // ── administration ─────────────────────────────────────────────────────────────────────────────────────────
  ['GET',  '/admin/denied-attempts',               undefined,   401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  ['POST', '/admin/registry/import',               IMPORT_DRY_RUN, 401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  // personal data (DESIGN §3.11): the subject below does not exist, so even the admin's erasure changes nothing (404)
  ['GET',  '/admin/personal-data/subjects?issueId=:A', undefined, 401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  ['POST', '/admin/personal-data/subj_00000000-0000-4000-8000-000000000000/erase', { reason: 'matrix' }, 401, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  ['GET',  '/admin/personal-data/audit',           undefined,   401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
];

describe('role × route matrix (DESIGN §4)', () => {
  let app: TestApp;
  const tokens = new Map<User, string | undefined>();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // Generous login limits: this file logs in every demo role from one address.
    app = await startTestApp({ env: { LOGIN_RATE_PER_CLIENT: '1000' } });
    for (const user of USERS) tokens.set(user, user === 'anon' ? undefined : await app.login(user));
    const must = async (method: string, path: string, user: User, body: unknown) => {
      const response = await app.api(method, path, { token: tokens.get(user), body });
      if (response.status >= 300) throw new Error(`fixture ${method} ${path} as ${user}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body as { id: string };
    };
    const issue = (unitId: string) => ({ unitId, category: 'safety', severity: 'general', title: '围墙破损', description: 'matrix fixture', source: { kind: 'other' } });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n% matrix\n%%EOF\n'))]), 'matrix.pdf');
    const uploaded = await fetch(`${app.url}/api/files`, { method: 'POST', headers: { authorization: `Bearer ${tokens.get('coordinator')}` }, body: form });
    ids.F = ((await uploaded.json()) as { fileId: string }).fileId;
    ids.A = (await must('POST', '/issues', 'coordinator', { ...issue('u-001'), evidence: [{ fileId: ids.F, name: 'matrix.pdf' }] })).id;
    ids.B = (await must('POST', '/issues', 'coordinatorb', issue('u-b01'))).id;
    // Withdrawn first: the published bulletins' results are then refused by the issues (nothing appended later).
    await must('POST', `/issues/${ids.A}/withdraw`, 'coordinator', { reason: 'matrix fixture' });
    await must('POST', `/issues/${ids.B}/withdraw`, 'coordinatorb', { reason: 'matrix fixture' });
    ids.BA = (await must('POST', '/bulletins', 'coordinator', { title: 'A', issueIds: [ids.A] })).id;
    ids.BB = (await must('POST', '/bulletins', 'coordinatorb', { title: 'B', issueIds: [ids.B] })).id;
    await must('POST', `/bulletins/${ids.BA}/publish`, 'coordinator', { scope: 'internal' });
    await must('POST', `/bulletins/${ids.BB}/publish`, 'coordinatorb', { scope: 'internal' });
    // the file's reference reaches the read side before the matrix reads it (sup01 neither uploaded it nor reads all)
    for (let i = 0; i < 200 && (await app.api('GET', `/files/${ids.F}`, { token: tokens.get('sup01') })).status !== 200; i++) await new Promise((r) => setTimeout(r, 50));
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
  });

  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/:(A|B|BA|BB|F)\b/g, (_, name: string) => ids[name]);
    if (Array.isArray(value)) return value.map(fill);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    return value;
  };

  it('has one expected status per demo role in every row', () => {
    for (const [method, path, , ...expected] of MATRIX) expect({ route: `${method} ${path}`, cells: expected.length }).toEqual({ route: `${method} ${path}`, cells: USERS.length });
  });

  it('answers every cell as expected', async () => {
    const misses: string[] = [];
    const cells = MATRIX.flatMap(([method, path, body, ...expected]) => USERS.map((user, i) => ({ method, path, body, user, expected: expected[i] })));
    // A few at a time: fast, and still far below the pool size.
    for (let i = 0; i < cells.length; i += 8) {
      await Promise.all(
        cells.slice(i, i + 8).map(async ({ method, path, body, user, expected }) => {
          const response = await app.api(method, fill(path) as string, { token: tokens.get(user), body: fill(body) });
          if (response.status !== expected) misses.push(`${method} ${path} as ${user}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body).slice(0, 160)}`);
        }),
      );
    }
    expect(misses).toEqual([]);
  }, 60_000);

  it('answers an out-of-jurisdiction issue exactly like one that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const path of ['', '/history', '/state', '/verify']) {
      const hidden = await app.api('GET', `/issues/${ids.A}${path}`, { token: tokens.get('leaderb') });
      const absent = await app.api('GET', `/issues/${missing}${path}`, { token: tokens.get('leaderb') });
      expect(hidden.status).toBe(404);
      expect(hidden.body).toEqual({ ...absent.body, detail: absent.body.detail.replace(missing, ids.A) });
    }
    const hidden = await app.api('POST', `/issues/${ids.A}/feedback`, { token: tokens.get('coordinatorb'), body: FEEDBACK });
    const absent = await app.api('POST', `/issues/${missing}/feedback`, { token: tokens.get('coordinatorb'), body: FEEDBACK });
    expect(hidden.body).toEqual(absent.body);
  });

  it('appended nothing to the issues: only the fixtures and the bulletin process manager wrote', async () => {
    for (const [issue, auditor, fixtureActor] of [[ids.A, 'auditor', 'user-coordinator'], [ids.B, 'leaderb', 'user-coordinatorb']] as const) {
      const history = await app.api('GET', `/issues/${issue}/history`, { token: tokens.get(auditor) });
      const events = history.body.events as { type: string; metadata: { actor: { id: string } } }[];
      expect(events.filter((e) => e.type !== 'ResultReported').map((e) => e.type)).toEqual(['IssueRegistered', 'IssueWithdrawn']);
      expect([...new Set(events.map((e) => e.metadata.actor.id))].every((id) => id === fixtureActor || id.startsWith('system:'))).toBe(true);
    }
  });
});
