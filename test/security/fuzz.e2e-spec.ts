/**
 * Fuzz: thousands of generated malformed requests across every route — wrong types, missing fields, unknown fields,
 * huge strings, unicode, bad ids, bad headers, bad tokens. Every command request carries at least one defect that
 * must refuse it, so the service must answer without a single 5xx, without a stack trace or SQL in any body,
 * and append no event at all.
 */
import { createHmac } from 'node:crypto';
import { startTestApp, type TestApp } from '@app/testing/test-app';

const REQUESTS = 2400;
const CONCURRENCY = 16;
const SECRET = 'test-secret-test-secret-test-secret-1234'; // the one startTestApp configures

/** Deterministic: a failure reproduces with the same seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function hs256(claims: object, secret = SECRET, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const body = `${b64(header)}.${b64(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}
const now = () => Math.floor(Date.now() / 1000);

const WEIRD_STRINGS = [
  '', ' ', '\u0000', '\ud800', '😀'.repeat(50), '𠮷野家', 'مرحبا', '\u202e\u202d', "' OR 1=1 --", '"; DROP TABLE events; --', '${7*7}', '{{7*7}}',
  '<script>alert(1)</script>', '../../../etc/passwd', '%00', '\\', 'null', 'undefined', 'NaN', '-1', '1e309', 'x'.repeat(5000), '示范县'.repeat(2000),
];
const WEIRD_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, -1e308, [], [null], {}, { $gt: '' }, ['a', 1], 'x'.repeat(300_000), ...WEIRD_STRINGS];
const BAD_IDS = [
  'not-a-uuid', '00000000-0000-0000-0000-00000000000', '../issues', '%2e%2e%2f', "1' OR '1'='1", '😀', 'x'.repeat(3000), '-1', '0', 'null',
  '00000000-0000-4000-8000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '%00', '%E0%A4%A', '__proto__', 'constructor',
];

interface Route {
  method: 'GET' | 'POST';
  path: string; // ':id' is replaced
  body?: Record<string, unknown>;
  required?: string[];
  query?: Record<string, string>;
}

describe('fuzz: malformed requests across all routes', () => {
  let app: TestApp;
  const good: Record<string, string> = {};
  let issueId = '';
  let fixturePosition = '';
  let bulletinId = '';

  beforeAll(async () => {
    app = await startTestApp();
    for (const user of ['coordinator', 'leader', 'sup01', 'unit001', 'admin', 'auditor', 'supb01', 'coordinatorb']) good[user] = await app.login(user);
    const issue = await app.api('POST', '/issues', {
      token: good.coordinator,
      body: { unitId: 'u-001', category: 'safety', severity: 'serious', title: '消防通道堵塞', description: 'fuzz fixture', source: { kind: 'other' } },
    });
    issueId = issue.body.id;
    const bulletin = await app.api('POST', '/bulletins', { token: good.coordinator, body: { title: 'fuzz', issueIds: [issueId] } });
    bulletinId = bulletin.body.id;
    fixturePosition = bulletin.body.position;
    expect([issue.status, bulletin.status]).toEqual([201, 201]);
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
  });

  it(`answers ${REQUESTS} malformed requests with no 5xx and appends nothing`, async () => {
    const routes: Route[] = [
      { method: 'POST', path: '/auth/login', body: { username: 'coordinator', password: 'demo12345' }, required: ['username', 'password'] },
      { method: 'POST', path: '/issues', body: { unitId: 'u-001', category: 'safety', severity: 'general', title: 't', description: 'd', source: { kind: 'other' } }, required: ['unitId', 'category', 'severity', 'title', 'description', 'source'] },
      { method: 'POST', path: '/visits', body: { unitId: 'u-001', kind: 'routine', date: '2026-11-02', matters: ['safety'], notes: '' }, required: ['unitId', 'kind', 'date', 'matters'] },
      { method: 'POST', path: '/issues/:id/feedback', body: { note: 'n', channel: 'written' }, required: ['note'] },
      { method: 'POST', path: '/issues/:id/rectification-orders', body: { requirements: 'r', calendarDays: 10 }, required: ['requirements'] },
      { method: 'POST', path: '/issues/:id/extension-requests', body: { proposedDeadline: '2030-01-01T00:00:00Z', reason: 'r' }, required: ['proposedDeadline', 'reason'] },
      { method: 'POST', path: '/issues/:id/extension-decisions', body: { approved: true, newDeadline: '2030-01-01T00:00:00Z' }, required: ['approved'] },
      { method: 'POST', path: '/issues/:id/rectification-reports', body: { measures: 'm', evidence: [] }, required: ['measures'] },
      { method: 'POST', path: '/issues/:id/rechecks', body: { method: 'on_site', outcome: 'passed', findings: 'f' }, required: ['method', 'outcome', 'findings'] },
      { method: 'POST', path: '/issues/:id/accountability-decisions', body: { targets: [{ kind: 'unit', name: 'n' }], measures: ['interview'], basis: 'b' }, required: ['targets', 'measures', 'basis'] },
      { method: 'POST', path: '/issues/:id/close', body: { note: 'n' }, required: [] },
      { method: 'POST', path: '/issues/:id/look-backs', body: { outcome: 'sustained', findings: 'f' }, required: ['outcome', 'findings'] },
      { method: 'POST', path: '/issues/:id/withdraw', body: { reason: 'r' }, required: ['reason'] },
      { method: 'POST', path: '/issues/:id/reminders', body: { level: 'urge', note: 'n' }, required: ['level', 'note'] },
      { method: 'POST', path: '/issues/:id/interviews', body: { attendees: ['a'], problems: 'p', commitments: 'c' }, required: ['attendees', 'problems', 'commitments'] },
      { method: 'POST', path: '/bulletins', body: { title: 't', issueIds: [':issue'] }, required: ['title', 'issueIds'] },
      { method: 'POST', path: '/bulletins/:bulletin/publish', body: { scope: 'public' }, required: ['scope'] },
      { method: 'POST', path: '/admin/registry/import', body: { format: 'json', data: { categories: [{ code: 'safety', name: '安全' }] } }, required: ['format'] },
      { method: 'GET', path: '/issues', query: { status: 'open', page: '1', pageSize: '20', overdue: 'true', q: 'x' } },
      { method: 'GET', path: '/issues/:id' },
      { method: 'GET', path: '/issues/:id/history' },
      { method: 'GET', path: '/issues/:id/state', query: { asOf: '2026-10-01T00:00:00Z' } },
      { method: 'GET', path: '/issues/:id/verify' },
      { method: 'GET', path: '/overdue', query: { page: '1' } },
      { method: 'GET', path: '/dashboard', query: { from: '2026-01-01T00:00:00Z' } },
      { method: 'GET', path: '/coverage', query: { month: '2026-11' } },
      { method: 'GET', path: '/alerts' },
      { method: 'GET', path: '/bulletins' },
      { method: 'GET', path: '/public/bulletins' },
      { method: 'GET', path: '/admin/denied-attempts', query: { limit: '10' } },
      { method: 'GET', path: '/me' },
      { method: 'GET', path: '/health' },
    ];
    const badTokens = [
      'garbage',
      'a.b.c',
      hs256({ sub: 'user-coordinator', iss: 'supervision-loop', aud: 'supervision-loop-api', exp: now() - 10 }), // expired
      hs256({ sub: 'user-coordinator', iss: 'supervision-loop', aud: 'supervision-loop-api', exp: now() + 600 }, 'another-secret-another-secret-another'), // forged
      `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'user-admin', iss: 'supervision-loop', aud: 'supervision-loop-api', exp: now() + 600 })}.`, // alg none
      hs256({ sub: 'user-nobody', iss: 'supervision-loop', aud: 'supervision-loop-api', exp: now() + 600 }), // no such user
      hs256({ sub: 'user-coordinator', iss: 'someone-else', aud: 'supervision-loop-api', exp: now() + 600 }), // wrong issuer
      hs256({ sub: 'user-coordinator', exp: now() + 600 }), // no issuer/audience
      hs256({ sub: { $ne: null }, iss: 'supervision-loop', aud: 'supervision-loop-api', exp: now() + 600 }), // sub not a string
      `${b64({ alg: 'RS256', kid: 'x' })}.${b64({ sub: 'user-admin' })}.${'A'.repeat(342)}`, // RS256 without a provider
      'x'.repeat(20_000),
      'Ã©.Ã©.Ã©', // latin-1 (a header cannot carry more)
    ];

    const random = prng(20261122);
    const counts = new Map<number, number>();
    const failures: string[] = [];
    // The fixtures' appends become visible to log readers once every older transaction of the cluster has ended: wait
    // for that, so the head compared below is the fixtures' and not an earlier one.
    let headBefore = await app.service.eventStore.headPosition();
    for (let i = 0; i < 400 && (headBefore === null || app.service.eventStore.comparePositions(headBefore, fixturePosition) < 0); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      headBefore = await app.service.eventStore.headPosition();
    }

    const mutateBody = (route: Route): { body: unknown; raw?: string; contentType?: string } => {
      const base = JSON.parse(JSON.stringify(route.body ?? {}).replace(/:issue/g, issueId)) as Record<string, unknown>;
      const required = route.required ?? [];
      const kind = random.int(9);
      if (kind === 0 && required.length) {
        delete base[random.pick(required)];
        return { body: base };
      }
      if (kind === 1 && required.length) {
        const field = random.pick(required);
        let value = random.pick(WEIRD_VALUES);
        // a weird value must really be wrong for the field: never the field's own valid value
        if (JSON.stringify(value) === JSON.stringify(base[field])) value = 12345;
        base[field] = value;
        return { body: base };
      }
      if (kind === 2) {
        base[random.pick(['__proto__', 'constructor', 'prototype', 'isAdmin', 'role', 'regionId ', '😀', ''])] = random.pick(WEIRD_VALUES);
        if (Object.keys(base).every((k) => route.body && k in route.body)) base.unexpectedField = 1; // __proto__ is not an own key
        return { body: base };
      }
      if (kind === 3) return { body: random.pick([[], [base], 'text', 42, null, true]) };
      if (kind === 4) return { body: undefined, raw: random.pick(['{bad json', '{"a":', '[', '\u0000', '{"__proto__":{"admin":true}}x', '{}'.repeat(100)]) };
      if (kind === 5) return { body: base, raw: JSON.stringify({ ...base, pad: 'x'.repeat(300_000) }) }; // over the body limit
      if (kind === 6) {
        let deep: unknown = 'x';
        for (let i = 0; i < 2000; i++) deep = { d: deep };
        return { body: undefined, raw: JSON.stringify({ ...base, deep }) };
      }
      if (kind === 7) return { body: undefined, raw: 'username=a&password=b', contentType: random.pick(['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/xml']) };
      // kind 8: a required string made huge or an enum made unicode; routes without required fields get an unknown one
      if (required.length) {
        const field = random.pick(required);
        base[field] = typeof base[field] === 'string' ? random.pick(['x'.repeat(10_001), '😀'.repeat(5000), '\u0000\u0001']) : '😀';
      } else base.unknown = '😀';
      return { body: base };
    };

    const one = async (n: number) => {
      const route = random.pick(routes);
      const tokenKind = random.int(10);
      const token = tokenKind < 6 ? good[random.pick(Object.keys(good))] : tokenKind < 9 ? random.pick(badTokens) : undefined;
      const validToken = tokenKind < 6;
      let id = random.pick([issueId, issueId, ...BAD_IDS]);
      let path = route.path.replace(':id', encodeURIComponent(id)).replace(':bulletin', random.pick([bulletinId, ...BAD_IDS]));
      const headers: Record<string, string> = {};
      let defect = !validToken || id !== issueId || (route.path.includes(':bulletin') && !path.includes(bulletinId));
      if (random.int(4) === 0) {
        const header = random.pick(['if-match', 'idempotency-key', 'x-request-id', 'authorization-extra']);
        headers[header] = random.pick(['garbage', '"-1"', 'W/"x"', 'ü'.repeat(10).normalize('NFD').replace(/[^\x00-\x7f]/g, '?'), 'x'.repeat(300)]);
        if (header === 'if-match' || header === 'idempotency-key') defect = defect || headers[header] !== 'garbage' || header === 'if-match';
      }
      if (route.method === 'GET') {
        const query = { ...(route.query ?? {}) };
        if (random.int(2)) for (const key of Object.keys(query)) query[key] = random.pick(WEIRD_STRINGS).slice(0, 300);
        if (random.int(3) === 0) query[random.pick(['page', 'pageSize', 'limit', 'asOf', 'month', 'status', 'minPosition', '__proto__'])] = random.pick(['-1', '0', '1e9', 'NaN', '[]', "'", '😀']);
        const search = new URLSearchParams(query).toString();
        if (search) path += `?${search}`;
      }
      let body: unknown;
      let raw: string | undefined;
      let contentType: string | undefined;
      if (route.method === 'POST') {
        // Every command gets a broken body unless a bad token, id or header already refuses it.
        if (!defect || random.int(3) > 0) ({ body, raw, contentType } = mutateBody(route));
      }
      const response = await fetch(`${app.url}/api${path}`, {
        method: route.method,
        headers: {
          ...(raw !== undefined || body !== undefined ? { 'content-type': contentType ?? 'application/json' } : {}),
          ...(token ? { authorization: random.int(20) ? `Bearer ${token}` : `Basic ${token}` } : {}),
          ...headers,
        },
        body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
      }).catch((error: Error) => ({ status: 0, text: async () => error.message, headers: new Headers() }));
      const text = await response.text();
      counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
      if (response.status >= 500 || response.status === 0) failures.push(`#${n} ${route.method} ${path.slice(0, 120)} → ${response.status} ${text.slice(0, 200)}`);
      if (/\n\s+at |node_modules|SELECT |INSERT INTO|syntax error at/i.test(text)) failures.push(`#${n} ${route.method} ${path.slice(0, 120)} leaks internals: ${text.slice(0, 200)}`);
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) await one(next++);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // let process managers settle
    const headAfter = await app.service.eventStore.headPosition();

    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    console.log(`fuzz: ${total} requests; statuses ${JSON.stringify(Object.fromEntries([...counts].sort(([a], [b]) => a - b)))}`);
    expect(total).toBeGreaterThanOrEqual(2000);
    expect(failures).toEqual([]);
    expect(headAfter).toEqual(headBefore);
  }, 120_000);

  it('still serves normally afterwards, and the refusals were recorded for admins', async () => {
    const state = await app.api('GET', `/issues/${issueId}`, { token: good.coordinator });
    expect(state.status).toBe(200);
    expect(state.body.status).toBe('open');
    const log = await app.api('GET', '/admin/denied-attempts?limit=5&status=401', { token: good.admin });
    expect(log.status).toBe(200);
    expect(log.body.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(log.body)).not.toMatch(/demo12345|eyJ/);
  });
});
