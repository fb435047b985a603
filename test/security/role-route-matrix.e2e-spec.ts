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
const REMINDER = { level: 'urge', note: 'matrix' };
const INTERVIEW = { attendees: ['matrix'], problems: 'matrix', commitments: 'matrix' };
const issueAt = (unitId: string) => ({ unitId, category: 'no_such_category', severity: 'general', title: 'matrix', description: 'matrix', source: { kind: 'other' } });
const visitAt = (unitId: string) => ({ unitId, kind: 'routine', date: '2026-11-02', matters: ['no_such_matter'], notes: '' });
const MATTER = { title: 'matrix', source: { kind: 'other', ref: '' }, requirements: 'matrix', tier: 'normal' };
const MATTER_EXTENSION = { proposedDueAt: '2030-01-01T00:00:00Z', reason: 'matrix', progress: 'matrix' };
const EVALUATION = { frameworkCode: 'county-duties', subjectUnitId: 'u-gov-r-demo-county', year: 2026, selfEvaluationDueAt: '2030-01-01T00:00:00Z' };
// Complaints (DESIGN §3.9): C at u-001 and CB at u-b01 are anonymous, verified unsubstantiated and closed, so every
// allowed command is refused by a rule (422) and changes nothing; a named complaint without a name breaks a rule too.
const complaintAt = (unitId: string) => ({ unitId, channel: 'hotline', summary: 'matrix', anonymous: false });
const VERIFY = { outcome: 'unsubstantiated', findings: 'matrix' };
const REPLY = { channel: 'phone', content: 'matrix' };
// Activities (DESIGN §3.5): AC is a closed joint activity at u-001, so every allowed command is refused (ACTIVITY_CLOSED).
const planAt = (unitId: string) => ({ kind: 'joint', title: 'matrix', matters: ['no_such_matter'], targetUnitIds: [unitId], from: '2026-11-02', to: '2026-11-03' });
const SITE_VISIT = { unitId: 'u-001', date: '2026-11-02', methods: [], findings: [] };
const FUTURE_APPRAISAL = { year: 2099, grade: 'competent' };
const FUTURE_TRAINING = { date: '2099-01-01', course: 'matrix', hours: 1 };
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
  ['POST', '/issues/:A/reminders',                 REMINDER,    401, 403, 403, 403, 422, 403, 403, 404, 422, 404, 404, 403, 403, 403],
  ['POST', '/issues/:A/interviews',                INTERVIEW,   401, 403, 422, 422, 422, 403, 404, 404, 403, 403, 403, 403, 403, 403],

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
  ['POST', '/issues/:B/reminders',                 REMINDER,    401, 403, 403, 403, 404, 403, 403, 422, 404, 404, 422, 403, 403, 403],
  ['POST', '/issues/:B/interviews',                INTERVIEW,   401, 403, 422, 404, 404, 403, 422, 422, 403, 403, 403, 403, 403, 403],

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

  // ── complaints C (u-001) and CB (u-b01), closed; the public form ─────────────────────────────────────────────
  //                                                            anon admin city lead coord aud leadb coordb sup01 sup02 supb01 u001 u002 ub01
  ['POST', '/complaints',                          complaintAt('u-001'), 401, 403, 403, 403, 422, 403, 403, 403, 422, 403, 403, 403, 403, 403],
  ['POST', '/complaints',                          complaintAt('u-b01'), 401, 403, 403, 403, 403, 403, 403, 422, 403, 403, 422, 403, 403, 403],
  ['GET',  '/complaints',                          undefined,   401, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 403, 403],
  ['GET',  '/complaints/:C',                       undefined,   401, 403, 200, 200, 200, 200, 404, 404, 200, 404, 404, 403, 403, 403],
  ['GET',  '/complaints/:CB',                      undefined,   401, 403, 200, 404, 404, 404, 200, 200, 404, 404, 200, 403, 403, 403],
  ['POST', '/complaints/:C/assignment',            { supervisorId: 's-02' }, 401, 403, 403, 403, 422, 403, 403, 404, 403, 403, 403, 403, 403, 403],
  ['POST', '/complaints/:C/verification',          VERIFY,      401, 403, 403, 403, 422, 403, 403, 404, 422, 404, 404, 403, 403, 403],
  ['POST', '/complaints/:C/replies',               REPLY,       401, 403, 403, 403, 422, 403, 403, 404, 422, 404, 404, 403, 403, 403],
  ['POST', '/complaints/:C/close',                 {},          401, 403, 403, 403, 422, 403, 403, 404, 422, 404, 404, 403, 403, 403],
  ['POST', '/complaints/:CB/close',                {},          401, 403, 403, 403, 404, 403, 403, 422, 404, 404, 422, 403, 403, 403],
  // 回头看 samples: 9999Q4 has not ended (422 for the coordinators, who may draw); a sample never drawn is 404
  ['POST', '/look-back-samples',                   { quarter: '9999Q4' }, 401, 403, 403, 403, 422, 403, 403, 422, 403, 403, 403, 403, 403, 403],
  ['GET',  '/look-back-samples',                   undefined,   401, 403, 200, 200, 200, 200, 200, 200, 403, 403, 403, 403, 403, 403],
  ['GET',  '/look-back-samples/r-demo-county-2025Q1', undefined, 401, 403, 404, 404, 404, 404, 404, 404, 403, 403, 403, 403, 403, 403],
  ['GET',  '/public/complaints/form',              undefined,   200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['POST', '/public/complaints',                   { unitId: 'u-001', summary: 'matrix matrix', anonymous: true, formToken: 'forged' }, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400],
  ['GET',  '/public/complaints/status?code=AAAA-AAAA-AAAA-AAAA', undefined, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  // ── accountability cases (DESIGN §3.6): opening one is a new stream (harmless), on issues in jurisdiction only ──
  //                                                            anon admin city lead coord aud leadb coordb sup01 sup02 supb01 u001 u002 ub01
  ['POST', '/accountability-cases',                { issueIds: [':A'], subjects: [{ kind: 'unit', unitId: 'u-001', name: 'matrix' }], grounds: ['matrix'] }, 401, 403, 201, 201, 201, 403, 404, 404, 403, 403, 403, 403, 403, 403],
  ['GET',  '/accountability-cases',                undefined,   401, 403, 200, 200, 200, 200, 200, 200, 403, 403, 403, 403, 403, 403],
  // K: a decided case at u-001 (示范县); its decision document is the office's
  ['GET',  '/accountability-cases/:K/decision-document?format=pdf', undefined, 401, 403, 200, 200, 200, 200, 404, 404, 403, 403, 403, 403, 403, 403],

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

  // ── 督查事项 MA (示范县, lead unit u-001) and MB (邻县, lead u-b01), both closed: every command → MATTER_CLOSED ──
  //                                                            anon admin city lead coord aud leadb coordb sup01 sup02 supb01 u001 u002 ub01
  ['POST', '/matters',                             MATTER,      401, 403, 201, 201, 201, 403, 201, 201, 403, 403, 403, 403, 403, 403],
  ['GET',  '/matters',                             undefined,   401, 403, 200, 200, 200, 200, 200, 200, 403, 403, 403, 200, 200, 200],
  ['GET',  '/matters/summary?year=2026',           undefined,   401, 403, 200, 200, 200, 200, 200, 200, 403, 403, 403, 200, 200, 200],
  ['GET',  '/matters/:MA',                         undefined,   401, 403, 200, 200, 200, 200, 404, 404, 403, 403, 403, 200, 404, 404],
  ['POST', '/matters/:MA/assignments',             { leadUnitId: 'u-001' }, 401, 403, 422, 422, 422, 403, 404, 404, 403, 403, 403, 403, 403, 403],
  ['POST', '/matters/:MA/reminders',               { level: 'urge' }, 401, 403, 422, 422, 422, 403, 404, 404, 403, 403, 403, 403, 403, 403],
  ['POST', '/matters/:MA/extension-decisions',     DECISION,    401, 403, 422, 422, 422, 403, 404, 404, 403, 403, 403, 403, 403, 403],
  ['POST', '/matters/:MA/reviews',                 { outcome: 'accepted' }, 401, 403, 422, 422, 422, 403, 404, 404, 403, 403, 403, 403, 403, 403],
  ['POST', '/matters/:MA/close',                   {},          401, 403, 422, 422, 422, 403, 404, 404, 403, 403, 403, 403, 403, 403],
  ['POST', '/matters/:MA/progress-reports',        { progress: 'matrix' }, 401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 422, 404, 404],
  ['POST', '/matters/:MA/extension-requests',      MATTER_EXTENSION, 401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 422, 404, 404],
  ['POST', '/matters/:MA/completions',             { result: 'matrix' }, 401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 422, 404, 404],
  ['GET',  '/matters/:MB',                         undefined,   401, 403, 200, 404, 404, 404, 200, 200, 403, 403, 403, 404, 404, 200],
  ['POST', '/matters/:MB/assignments',             { leadUnitId: 'u-b01' }, 401, 403, 422, 404, 404, 403, 422, 422, 403, 403, 403, 403, 403, 403],
  ['POST', '/matters/:MB/reviews',                 { outcome: 'accepted' }, 401, 403, 422, 404, 404, 403, 422, 422, 403, 403, 403, 403, 403, 403],
  ['POST', '/matters/:MB/completions',             { result: 'matrix' }, 401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 422],

  // ── 督政: EA = a concluded evaluation of 示范县人民政府, its report published (every command → 422) ──────────
  //                                                            anon admin city lead coord aud leadb coordb sup01 sup02 supb01 u001 u002 ub01
  ['GET',  '/frameworks/county-duties',            undefined,   401, 200, 200, 200, 200, 200, 200, 200, 403, 403, 403, 200, 200, 200],
  ['POST', '/frameworks',                          {},          401, 422, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  ['POST', '/evaluations',                         EVALUATION,  401, 403, 201, 201, 201, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  ['GET',  '/evaluations',                         undefined,   401, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['GET',  '/evaluations/:EA',                     undefined,   401, 403, 200, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404],
  ['POST', '/evaluations/:EA/self-evaluation',     { scores: [{ indicator: '1.1', score: 1 }] }, 401, 403, 403, 403, 422, 403, 403, 404, 403, 403, 403, 404, 404, 404],
  ['POST', '/evaluations/:EA/indicator-reviews',   { indicator: '1.1', score: 1 }, 401, 403, 422, 422, 422, 403, 404, 404, 404, 404, 404, 403, 403, 403],
  ['POST', '/evaluations/:EA/conclusion',          {},          401, 403, 422, 422, 422, 403, 404, 404, 403, 403, 403, 403, 403, 403],
  ['POST', '/evaluations/:EA/publish',             { scope: 'public' }, 401, 403, 422, 422, 422, 403, 404, 404, 403, 403, 403, 403, 403, 403],
  ['GET',  '/evaluations/:EA/report?format=pdf',   undefined,   401, 403, 200, 200, 200, 200, 404, 404, 403, 403, 403, 404, 404, 404],
  ['GET',  '/public/evaluations/:EA/report?format=docx', undefined, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['GET',  '/public/evaluations',                  undefined,   200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  // ── supervision activities and supervisors' duties (DESIGN §3.5) ────────────────────────────────────────────
  //                                                            anon admin city lead coord aud leadb coordb sup01 sup02 supb01 u001 u002 ub01
  ['POST', '/activities',                          planAt('u-001'), 401, 403, 422, 422, 422, 403, 403, 403, 422, 403, 403, 403, 403, 403],
  ['POST', '/activities/:AC/site-visits',          SITE_VISIT,  401, 403, 422, 422, 422, 403, 404, 404, 403, 404, 404, 403, 403, 403],
  ['POST', '/activities/:AC/close',                {},          401, 403, 422, 422, 422, 403, 404, 404, 403, 404, 404, 403, 403, 403],
  ['GET',  '/activities',                          undefined,   401, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  ['GET',  '/activities/:AC',                      undefined,   401, 403, 200, 200, 200, 200, 404, 404, 200, 404, 404, 200, 404, 404],
  ['POST', '/supervisors/s-01/appraisals',         FUTURE_APPRAISAL, 401, 403, 422, 422, 422, 403, 404, 404, 403, 403, 403, 403, 403, 403],
  ['POST', '/supervisors/s-01/trainings',          FUTURE_TRAINING, 401, 403, 422, 422, 422, 403, 404, 404, 422, 403, 403, 403, 403, 403],
  ['GET',  '/supervisors',                         undefined,   401, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 403, 403],
  ['GET',  '/supervisors/s-01',                    undefined,   401, 403, 200, 200, 200, 200, 404, 404, 200, 404, 404, 403, 403, 403],
  ['POST', '/visits/:V/report',                    { report: 'matrix' }, 401, 403, 403, 403, 403, 403, 403, 403, 409, 404, 404, 403, 403, 403],
  ['GET',  '/public/reports',                      undefined,   200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  // a school's report as a file: the office in jurisdiction (a draft, AC was never published); the public twin only once published
  ['GET',  '/activities/:AC/reports/u-001/document?format=pdf', undefined, 401, 403, 200, 200, 200, 200, 404, 404, 200, 404, 404, 403, 403, 403],
  ['GET',  '/public/reports/:AC/u-001/document?format=docx', undefined, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],

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
    app = await startTestApp({ env: { LOGIN_RATE_PER_CLIENT: '1000', PUBLIC_COMPLAINTS_PER_HOUR: '1000' } });
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
    // Closed matters: each command then reaches the rules and is refused (MATTER_CLOSED), changing nothing.
    for (const [name, office, unitUser, unitId] of [['MA', 'coordinator', 'unit001', 'u-001'], ['MB', 'coordinatorb', 'unitb01', 'u-b01']] as const) {
      ids[name] = (await must('POST', '/matters', office, MATTER)).id;
      await must('POST', `/matters/${ids[name]}/assignments`, office, { leadUnitId: unitId });
      await must('POST', `/matters/${ids[name]}/completions`, unitUser, { result: 'matrix fixture' });
      await must('POST', `/matters/${ids[name]}/reviews`, office, { outcome: 'accepted' });
      await must('POST', `/matters/${ids[name]}/close`, office, {});
    }
    // A concluded evaluation: self-evaluated, every indicator reviewed, concluded, its report published to the public.
    const framework = (await must('GET', '/frameworks/county-duties', 'coordinator', undefined)) as unknown as { areas: { indicators: { code: string; maxScore: number }[] }[] };
    const indicators = framework.areas.flatMap((a) => a.indicators);
    ids.EA = (await must('POST', '/evaluations', 'coordinator', EVALUATION)).id;
    await must('POST', `/evaluations/${ids.EA}/self-evaluation`, 'coordinator', { scores: indicators.map((i) => ({ indicator: i.code, score: i.maxScore })) });
    for (const i of indicators) await must('POST', `/evaluations/${ids.EA}/indicator-reviews`, 'coordinator', { indicator: i.code, score: i.maxScore });
    await must('POST', `/evaluations/${ids.EA}/conclusion`, 'coordinator', {});
    await must('POST', `/evaluations/${ids.EA}/publish`, 'coordinator', { scope: 'public' });
    // K: a decided accountability case about a fresh issue at u-001 (the demo committee: leader is chair)
    const issueK = (await must('POST', '/issues', 'coordinator', issue('u-001'))).id;
    ids.K = (await must('POST', '/accountability-cases', 'coordinator', { issueIds: [issueK], subjects: [{ kind: 'unit', unitId: 'u-001', name: '示范县实验小学' }], grounds: ['matrix fixture'] })).id;
    for (const [step, body] of [['investigation-group', { members: ['督学甲', '督学乙'] }], ['facts', { facts: 'matrix', proceed: true }], ['notice', { proposedMeasures: [{ subject: 0, measure: 'interview' }] }], ['statement-waiver', {}], ['opinion', { measures: [{ subject: 0, measure: 'interview' }] }]] as const) {
      await must('POST', `/accountability-cases/${ids.K}/${step}`, 'coordinator', body);
    }
    await must('POST', `/accountability-cases/${ids.K}/approval`, 'leader', {});
    await must('POST', `/accountability-cases/${ids.K}/decision`, 'coordinator', { basicFacts: 'matrix', facts: 'matrix', basis: 'matrix', effectiveDate: '2099-12-31' });
    for (const [name, unitId, staff] of [['C', 'u-001', 'coordinator'], ['CB', 'u-b01', 'coordinatorb']] as const) {
      ids[name] = (await must('POST', '/complaints', staff, { unitId, channel: 'letter', summary: 'matrix fixture', anonymous: true })).id;
      await must('POST', `/complaints/${ids[name]}/verification`, staff, VERIFY);
      await must('POST', `/complaints/${ids[name]}/close`, staff, {});
    }
    ids.AC = (await must('POST', '/activities', 'coordinator', { ...planAt('u-001'), matters: ['safety'] })).id;
    await must('POST', `/activities/${ids.AC}/close`, 'coordinator', { note: 'matrix fixture' });
    // V: a visit of sup01 at u-001 already reported on (a second report is 409)
    ids.V = (await must('POST', '/visits', 'sup01', { ...visitAt('u-001'), matters: ['safety'] })).id;
    await must('POST', `/visits/${ids.V}/report`, 'sup01', { report: 'matrix fixture' });
    // the file's reference reaches the read side before the matrix reads it (sup01 neither uploaded it nor reads all)
    for (let i = 0; i < 200 && (await app.api('GET', `/files/${ids.F}`, { token: tokens.get('sup01') })).status !== 200; i++) await new Promise((r) => setTimeout(r, 50));
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
  });

  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/:(A|B|BA|BB|MA|MB|EA|C|CB|AC|V|F|K)\b/g, (_, name: string) => ids[name]);
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
