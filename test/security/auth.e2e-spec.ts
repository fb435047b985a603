/**
 * Authentication end to end: our own short-lived tokens (only `sub`), login rate limits (429 + Retry-After),
 * tokens of an external OpenID Connect provider (a locally generated key set served as a JWKS), a disabled user's
 * tokens, the registry import (JSON and CSV, idempotent, all or nothing), and the hardening headers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { startTestApp, type TestApp } from '@app/testing/test-app';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

function jws(alg: 'RS256' | 'ES256', key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const input = `${b64({ alg, kid, typ: 'JWT' })}.${b64(claims)}`;
  const signature = alg === 'RS256' ? sign('sha256', Buffer.from(input), key) : sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

describe('authentication', () => {
  let app: TestApp;
  let jwks: Server;
  let issuer = '';
  let jwksHits = 0;
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const AUDIENCE = 'supervision-loop';

  beforeAll(async () => {
    jwks = createServer((req, res) => {
      jwksHits++;
      if (req.url !== '/jwks') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          keys: [
            { ...rsa.publicKey.export({ format: 'jwk' }), kid: 'rsa-1', use: 'sig', alg: 'RS256' },
            { ...ec.publicKey.export({ format: 'jwk' }), kid: 'ec-1', use: 'sig', alg: 'ES256' },
          ],
        }),
      );
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}`;
    app = await startTestApp({
      env: {
        OIDC_ISSUER: issuer, OIDC_JWKS_URL: `${issuer}/jwks`, OIDC_AUDIENCE: AUDIENCE,
        LOGIN_RATE_PER_USERNAME: '3', LOGIN_RATE_PER_CLIENT: '40', LOGIN_RATE_WINDOW_SECONDS: '60',
        CORS_ORIGINS: 'https://supervision.example',
      },
    });
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
    await new Promise((resolve) => jwks?.close(resolve));
  });

  const claims = (extra: Record<string, unknown> = {}) => ({ iss: issuer, aud: AUDIENCE, sub: randomUUID(), exp: now() + 300, iat: now(), ...extra });
  const me = (token: string) => app.api('GET', '/issues?pageSize=1', { token });

  describe('our own tokens', () => {
    it('carry only who they are for, and are short-lived', async () => {
      const login = await app.api('POST', '/auth/login', { body: { username: 'leader', password: 'demo12345' } });
      expect(login.status).toBe(200);
      const payload = JSON.parse(Buffer.from(login.body.accessToken.split('.')[1], 'base64url').toString());
      expect(Object.keys(payload).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'sub']);
      expect(payload.exp - payload.iat).toBeLessThanOrEqual(2 * 3600);
      expect(login.body.user).toMatchObject({ username: 'leader', role: 'leader', regionId: 'r-demo-county' });
      expect(JSON.stringify(login.body)).not.toContain('passwordHash');
    });

    it('limits failed logins per username with 429 and Retry-After, before checking the password', async () => {
      for (let i = 0; i < 3; i++) expect((await app.api('POST', '/auth/login', { body: { username: 'sup05', password: 'wrong' } })).status).toBe(401);
      const limited = await app.api('POST', '/auth/login', { body: { username: 'sup05', password: 'demo12345' } });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
      // another username is not affected
      expect((await app.api('POST', '/auth/login', { body: { username: 'sup06', password: 'demo12345' } })).status).toBe(200);
    });
  });

  describe('OpenID Connect provider tokens', () => {
    it('accepts RS256 and ES256 tokens and maps the claims to role, region and unit', async () => {
      const leader = jws('RS256', rsa.privateKey, 'rsa-1', claims({ role: 'leader', region_id: 'r-neighbour-county', preferred_username: 'ext-leader' }));
      const listed = await me(leader);
      expect(listed.status).toBe(200);
      const unit = jws('ES256', ec.privateKey, 'ec-1', claims({ role: 'unit', unit_id: 'u-b02' }));
      expect((await me(unit)).status).toBe(200);
      // mapped scope: a neighbour-county leader from the provider cannot read 示范县
      const demoIssue = await app.api('POST', '/issues', {
        token: await app.login('coordinator'),
        body: { unitId: 'u-001', category: 'safety', severity: 'general', title: 'oidc', description: 'oidc', source: { kind: 'other' } },
      });
      expect((await app.api('GET', `/issues/${demoIssue.body.id}/history`, { token: leader })).status).toBe(404);
      const cityLeader = jws('RS256', rsa.privateKey, 'rsa-1', claims({ role: ['leader'], region_id: 'r-demo-city' }));
      expect((await app.api('GET', `/issues/${demoIssue.body.id}/history`, { token: cityLeader })).status).toBe(200);
      // the actor recorded in events names the provider's subject
      const sub = randomUUID();
      const coordinator = jws('RS256', rsa.privateKey, 'rsa-1', claims({ sub, role: 'coordinator', region_id: 'r-demo-county' }));
      expect((await app.api('POST', `/issues/${demoIssue.body.id}/feedback`, { token: coordinator, body: { note: 'oidc' } })).status).toBe(200);
      const history = await app.api('GET', `/issues/${demoIssue.body.id}/history`, { token: cityLeader });
      expect(history.body.events[1].metadata.actor).toMatchObject({ id: `oidc:${sub}`, role: 'coordinator' });
    });

    it.each([
      ['a wrong audience', () => jws('RS256', rsa.privateKey, 'rsa-1', claims({ aud: 'someone-else', role: 'leader', region_id: 'r-demo-city' }))],
      ['a wrong issuer', () => jws('RS256', rsa.privateKey, 'rsa-1', claims({ iss: 'https://evil.example', role: 'leader', region_id: 'r-demo-city' }))],
      ['an expired token', () => jws('RS256', rsa.privateKey, 'rsa-1', claims({ exp: now() - 3600, role: 'leader', region_id: 'r-demo-city' }))],
      ['a token not yet valid', () => jws('RS256', rsa.privateKey, 'rsa-1', claims({ nbf: now() + 3600, role: 'leader', region_id: 'r-demo-city' }))],
      ['a key the provider does not publish', () => jws('RS256', stranger.privateKey, 'rsa-1', claims({ role: 'leader', region_id: 'r-demo-city' }))],
      ['an unknown kid', () => jws('RS256', stranger.privateKey, 'rsa-9', claims({ role: 'leader', region_id: 'r-demo-city' }))],
      ['alg none', () => `${b64({ alg: 'none', kid: 'rsa-1' })}.${b64(claims({ role: 'admin', region_id: 'r-demo-city' }))}.`],
      ['an EC signature on the RSA kid', () => jws('ES256', ec.privateKey, 'rsa-1', claims({ role: 'leader', region_id: 'r-demo-city' }))],
      ['an unknown role', () => jws('RS256', rsa.privateKey, 'rsa-1', claims({ role: 'root', region_id: 'r-demo-city' }))],
      ['two roles', () => jws('RS256', rsa.privateKey, 'rsa-1', claims({ role: ['leader', 'admin'], region_id: 'r-demo-city' }))],
      ['an unknown region', () => jws('RS256', rsa.privateKey, 'rsa-1', claims({ role: 'leader', region_id: 'r-mars' }))],
      ['a unit role without a unit', () => jws('RS256', rsa.privateKey, 'rsa-1', claims({ role: 'unit', region_id: 'r-demo-county' }))],
      ['a unit outside the region claimed', () => jws('RS256', rsa.privateKey, 'rsa-1', claims({ role: 'unit', unit_id: 'u-001', region_id: 'r-neighbour-county' }))],
    ])('refuses %s with 401', async (_, make) => {
      const response = await me(make());
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an HS256 token signed with the provider public key (algorithm confusion)', async () => {
      const { createHmac } = await import('node:crypto');
      const input = `${b64({ alg: 'HS256', kid: 'rsa-1' })}.${b64(claims({ role: 'admin', region_id: 'r-demo-city' }))}`;
      const pem = rsa.publicKey.export({ format: 'pem', type: 'spki' });
      const token = `${input}.${createHmac('sha256', pem).update(input).digest('base64url')}`;
      expect((await me(token)).status).toBe(401);
    });

    it('caches the key set', async () => {
      const before = jwksHits;
      for (let i = 0; i < 5; i++) await me(jws('RS256', rsa.privateKey, 'rsa-1', claims({ role: 'auditor', region_id: 'r-demo-county' })));
      expect(jwksHits - before).toBe(0);
    });
  });

  describe('registry import', () => {
    let admin = '';
    beforeAll(async () => {
      admin = await app.login('admin');
    });
    const importCall = (body: unknown) => app.api('POST', '/admin/registry/import', { token: admin, body });

    it('imports CSV, and re-importing updates instead of duplicating', async () => {
      const files = {
        units: 'id,code,name,type,regionId,zoneId\nu-900,unit900,新建学校,primary,r-neighbour-county,z-nb-1\n',
        supervisors: 'id,username,name,kind,regionId,zoneId,assignedUnitIds\ns-b02,supb02,邻县督学02,part_time,r-neighbour-county,z-nb-1,u-900;u-b05\n',
        users: 'username,role,regionId,supervisorId,password\nsupb02,supervisor,r-neighbour-county,s-b02,new-password-1\n',
      };
      const first = await importCall({ format: 'csv', files });
      expect(first.status).toBe(200);
      expect(first.body.counts).toMatchObject({ units: 1, supervisors: 1, users: 1 });
      const token = await app.login('supb02', 'new-password-1');
      expect((await app.api('POST', '/visits', { token, body: { unitId: 'u-900', kind: 'routine', date: '2026-11-03', matters: ['safety'], notes: '' } })).status).toBe(201);
      expect((await app.api('POST', '/visits', { token, body: { unitId: 'u-b01', kind: 'routine', date: '2026-11-03', matters: ['safety'], notes: '' } })).status).toBe(403);
      const again = await importCall({ format: 'csv', files: { ...files, units: files.units.replace('新建学校', '新建学校（更名）') } });
      expect(again.status).toBe(200);
      const units = await app.api('GET', '/registry/units', { token: await app.login('leaderb') });
      expect(units.body.filter((u: { id: string }) => u.id === 'u-900').map((u: { name: string }) => u.name)).toEqual(['新建学校（更名）']);
    });

    it('refuses a bad file whole, listing every error by row and field, and imports nothing', async () => {
      const response = await importCall({
        format: 'json',
        data: {
          units: [
            { id: 'u-901', code: 'unit901', name: '好学校', type: 'primary', regionId: 'r-demo-county', zoneId: 'z-demo-1' },
            { id: 'u-902', code: 'unit001', name: '', type: 'primary', regionId: 'r-mars' },
          ],
          users: [{ username: 'ghost', role: 'unit', regionId: 'r-demo-county', unitId: 'u-404' }],
        },
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('REGISTRY_IMPORT_INVALID');
      expect(response.body.importErrors.map((e: { file: string; row: number; field: string }) => `${e.file}:${e.row}:${e.field}`)).toEqual(
        expect.arrayContaining(['units:2:name', 'units:2:regionId', 'units:2:code', 'users:1:unitId']),
      );
      const units = await app.api('GET', '/registry/units', { token: await app.login('leader') });
      expect(units.body.some((u: { id: string }) => u.id === 'u-901')).toBe(false);
    });

    it('keeps a verified token only until it expires: accepted, then refused the moment its exp passes', async () => {
      const userId = ((await app.api('GET', '/me', { token: await app.login('unitb02') })).body as { id: string }).id;
      const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: userId, iss: 'supervision-loop', aud: 'supervision-loop-api', iat: now(), exp: now() + 2 })}`;
      const token = `${input}.${createHmac('sha256', 'test-secret-test-secret-test-secret-1234').update(input).digest('base64url')}`;
      expect((await me(token)).status).toBe(200);
      expect((await me(token)).status).toBe(200); // the second time from the kept claims
      await new Promise((resolve) => setTimeout(resolve, (now() + 3) * 1000 - Date.now()));
      expect((await me(token)).status).toBe(401);
      const forged = `${input}.${createHmac('sha256', 'another-secret-another-secret-123456').update(input).digest('base64url')}`;
      expect((await me(forged)).status).toBe(401);
    });

    it("disables a user: their existing tokens stop working at once", async () => {
      const token = await app.login('unitb03');
      expect((await me(token)).status).toBe(200);
      const response = await importCall({ format: 'json', data: { users: [{ username: 'unitb03', role: 'unit', regionId: 'r-neighbour-county', unitId: 'u-b03', disabled: true }] } });
      expect(response.status).toBe(200);
      expect((await me(token)).status).toBe(401);
      expect((await app.api('POST', '/auth/login', { body: { username: 'unitb03', password: 'demo12345' } })).status).toBe(401);
    });
  });

  describe('hardening', () => {
    it('sends security headers, allows only configured origins, and answers problems without internals', async () => {
      const allowed = await app.api('GET', '/health', { headers: { origin: 'https://supervision.example' } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://supervision.example');
      expect(allowed.headers.get('x-content-type-options')).toBe('nosniff');
      expect(allowed.headers.get('x-powered-by')).toBeNull();
      const other = await app.api('GET', '/health', { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const xml = await app.api('POST', '/auth/login', { body: '<login/>', headers: { 'content-type': 'application/xml' } });
      expect(xml.status).toBe(415);
      const nul = await app.api('POST', '/auth/login', { body: { username: 'a\u0000b', password: 'x' } });
      expect(nul.status).toBe(400);
    });
  });
});
