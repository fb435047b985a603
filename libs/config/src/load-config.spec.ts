import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data on port 3000', () => {
    const config = loadConfig({});
    expect(config.database.mode).toBe('embedded');
    expect(config.demo).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.deadlineScanIntervalMs).toBe(60_000);
  });

  it('uses DATABASE_URL and then loads demo data only with DEMO=1', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://root@127.0.0.1/test' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://root@127.0.0.1/test', DEMO: '1' }).demo).toBe(true);
  });

  it('fails fast naming every bad variable', () => {
    try {
      loadConfig({ PORT: 'abc', DEADLINE_SCAN_INTERVAL_MS: '-5', DATABASE_URL: 'mysql://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const variables = (error as ConfigError).problems.map((p) => p.variable);
      expect(variables).toEqual(expect.arrayContaining(['PORT', 'DEADLINE_SCAN_INTERVAL_MS', 'DATABASE_URL']));
      expect((error as ConfigError).message).toContain('PORT');
    }
  });

  it('requires a long JWT secret and a real database in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*JWT_SECRET/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });

  it('reads PII_MASTER_KEY as 32 bytes (hex or base64), required in production', () => {
    const hex = 'a1'.repeat(32);
    expect(loadConfig({ PII_MASTER_KEY: hex }).personalData.masterKey).toEqual(Buffer.from(hex, 'hex'));
    const base64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ PII_MASTER_KEY: base64 }).personalData.masterKey).toEqual(Buffer.alloc(32, 7));
    expect(loadConfig({ PII_MASTER_KEY: Buffer.alloc(32, 7).toString('base64url') }).personalData.masterKey).toEqual(Buffer.alloc(32, 7));
    expect(loadConfig({}).personalData.masterKey).toBeNull();
    for (const bad of ['short', 'a1'.repeat(31), Buffer.alloc(16).toString('base64')]) expect(() => loadConfig({ PII_MASTER_KEY: bad })).toThrow(/PII_MASTER_KEY/);
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://root@127.0.0.1/test', JWT_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig(production)).toThrow(/PII_MASTER_KEY/);
    expect(loadConfig({ ...production, PII_MASTER_KEY: hex }).personalData.masterKey).not.toBeNull();
  });

  it('needs KURRENTDB_URL when EVENT_STORE=kurrentdb', () => {
    expect(() => loadConfig({ EVENT_STORE: 'kurrentdb' })).toThrow(/KURRENTDB_URL/);
  });

  it('reads the OpenID Connect provider only when issuer, JWKS URL and audience are all given', () => {
    expect(loadConfig({}).auth.oidc).toBeNull();
    const oidc = loadConfig({ OIDC_ISSUER: 'https://id.example', OIDC_JWKS_URL: 'https://id.example/jwks', OIDC_AUDIENCE: 'sl', OIDC_ROLE_CLAIM: 'sl_role' }).auth.oidc;
    expect(oidc).toMatchObject({ issuer: 'https://id.example', audience: 'sl', algorithms: ['RS256', 'ES256'], claims: { role: 'sl_role', region: 'region_id', unit: 'unit_id' } });
    expect(() => loadConfig({ OIDC_ISSUER: 'https://id.example' })).toThrow(/OIDC_JWKS_URL[\s\S]*OIDC_AUDIENCE/);
    expect(() => loadConfig({ OIDC_ISSUER: 'https://id.example', OIDC_JWKS_URL: 'https://id.example/jwks', OIDC_AUDIENCE: 'sl', OIDC_ALGORITHMS: 'HS256' })).toThrow(/OIDC_ALGORITHMS/);
  });

  it('has login rate limits, configurable', () => {
    expect(loadConfig({}).auth.loginRateLimit).toEqual({ windowSeconds: 900, perUsername: 10, perClient: 100 });
    expect(loadConfig({ LOGIN_RATE_PER_USERNAME: '3' }).auth.loginRateLimit.perUsername).toBe(3);
    expect(() => loadConfig({ LOGIN_RATE_PER_CLIENT: '0' })).toThrow(/LOGIN_RATE_PER_CLIENT/);
  });
});

describe('document numbers and demo history', () => {
  it('defaults the patterns and takes per-region overrides', () => {
    const config = loadConfig({ NUMBER_PATTERNS: '{"issue":"督问〔{year}〕{seq}号","r-x":{"order":"X改〔{year}〕{seq}号"}}' });
    expect(config.numbering.byKind.issue).toBe('督问〔{year}〕{seq}号');
    expect(config.numbering.byKind.bulletin).toBe('督通〔{year}〕{seq}号');
    expect(config.numbering.byRegion['r-x']).toEqual({ order: 'X改〔{year}〕{seq}号' });
  });

  it('refuses a pattern without {seq}', () => {
    expect(() => loadConfig({ NUMBER_PATTERNS: '{"issue":"督问〔{year}〕号"}' })).toThrow(/NUMBER_PATTERNS/);
  });

  it('seeds demo history in demo mode, never in tests unless asked, never without demo', () => {
    expect(loadConfig({}).demoHistory).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).demoHistory).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', DEMO_HISTORY: '1' }).demoHistory).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://root@127.0.0.1/test', DEMO_HISTORY: '1' }).demoHistory).toBe(false);
  });
});
