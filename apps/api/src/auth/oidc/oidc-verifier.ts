import { createPublicKey, verify as verifySignature, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { OidcConfig } from '@app/config';

/** A token from the external provider was refused; the message is for logs, the client only sees 401. */
export class OidcTokenError extends Error {}

const MAX_TOKEN_LENGTH = 16 * 1024;
const MAX_JWKS_BYTES = 512 * 1024;
/** An unknown `kid` may trigger a refetch (key rotation), but not more often than this. */
const MIN_REFRESH_INTERVAL_MS = 30_000;

type Fetch = (url: string, init: { signal: AbortSignal; redirect: 'error'; headers: Record<string, string> }) => Promise<{
  ok: boolean;
  status: number;
  text(): Promise<string>;
}>;

interface CachedKey {
  kid: string | undefined;
  alg: string | undefined;
  key: KeyObject;
  algorithm: 'RS256' | 'ES256';
}

function base64urlJson(part: string): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) throw new OidcTokenError('not base64url');
  const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new OidcTokenError('not a JSON object');
  return value as Record<string, unknown>;
}

/** The `alg` of a compact JWS header, or null when it is not one. Cheap: used to route a bearer token. */
export function peekAlgorithm(token: string): string | null {
  if (token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const alg = base64urlJson(parts[0]).alg;
    return typeof alg === 'string' ? alg : null;
  } catch {
    return null;
  }
}

/** The provider's signing keys, fetched with a bounded timeout and kept for `cacheSeconds`; stale keys serve while a refresh fails. */
export class JwksCache {
  private keys: CachedKey[] = [];
  private fetchedAt = 0;
  private inflight: Promise<void> | null = null;

  constructor(
    private readonly url: string,
    private readonly cacheMs: number,
    private readonly timeoutMs: number,
    private readonly fetchFn: Fetch = fetch as unknown as Fetch,
    private readonly now: () => number = Date.now,
  ) {}

  async find(kid: string | undefined, algorithm: 'RS256' | 'ES256'): Promise<KeyObject | null> {
    if (this.fetchedAt === 0 || this.now() - this.fetchedAt > this.cacheMs) await this.refresh();
    let key = this.match(kid, algorithm);
    if (!key && this.now() - this.fetchedAt > MIN_REFRESH_INTERVAL_MS) {
      await this.refresh();
      key = this.match(kid, algorithm);
    }
    return key;
  }

  private match(kid: string | undefined, algorithm: 'RS256' | 'ES256'): KeyObject | null {
    const candidates = this.keys.filter((k) => k.algorithm === algorithm && (k.alg === undefined || k.alg === algorithm));
    if (kid !== undefined) return candidates.find((k) => k.kid === kid)?.key ?? null;
    // Without a kid only an unambiguous key set will do.
    return candidates.length === 1 ? candidates[0].key : null;
  }

  private refresh(): Promise<void> {
    this.inflight ??= this.load().finally(() => (this.inflight = null));
    return this.inflight;
  }

  private async load(): Promise<void> {
    try {
      const response = await this.fetchFn(this.url, { signal: AbortSignal.timeout(this.timeoutMs), redirect: 'error', headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
      const text = await response.text();
      if (text.length > MAX_JWKS_BYTES) throw new Error('JWKS too large');
      const body = JSON.parse(text) as { keys?: unknown };
      if (!Array.isArray(body.keys)) throw new Error('JWKS has no keys array');
      const keys: CachedKey[] = [];
      for (const jwk of body.keys as Array<Record<string, unknown>>) {
        if (typeof jwk !== 'object' || jwk === null || (jwk.use !== undefined && jwk.use !== 'sig')) continue;
        const algorithm = jwk.kty === 'RSA' ? 'RS256' : jwk.kty === 'EC' && jwk.crv === 'P-256' ? 'ES256' : null;
        if (!algorithm || 'd' in jwk) continue; // unknown kinds, and never a private key
        try {
          const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
          if (algorithm === 'RS256' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) continue;
          keys.push({ kid: typeof jwk.kid === 'string' ? jwk.kid : undefined, alg: typeof jwk.alg === 'string' ? jwk.alg : undefined, key, algorithm });
        } catch {
          /* a malformed key is skipped */
        }
      }
      this.keys = keys;
      this.fetchedAt = this.now();
    } catch (error) {
      // Keep serving the keys we have; try again no sooner than the minimum interval.
      this.fetchedAt = this.keys.length ? this.now() - this.cacheMs + MIN_REFRESH_INTERVAL_MS : this.now() - MIN_REFRESH_INTERVAL_MS - 1;
      if (!this.keys.length) throw new OidcTokenError(`the provider's keys are unavailable: ${(error as Error).message}`);
    }
  }
}

/** Verifies an RS256/ES256 token of the configured provider: signature, issuer, audience, expiry. Returns the claims. */
export class OidcVerifier {
  constructor(
    private readonly config: OidcConfig,
    private readonly jwks: JwksCache,
    private readonly now: () => number = Date.now,
  ) {}

  accepts(alg: string | null): boolean {
    return alg !== null && (this.config.algorithms as string[]).includes(alg);
  }

  async verify(token: string): Promise<Record<string, unknown>> {
    if (token.length > MAX_TOKEN_LENGTH) throw new OidcTokenError('token too long');
    const parts = token.split('.');
    if (parts.length !== 3) throw new OidcTokenError('not a compact JWS');
    let header: Record<string, unknown>;
    let claims: Record<string, unknown>;
    try {
      header = base64urlJson(parts[0]);
      claims = base64urlJson(parts[1]);
    } catch {
      throw new OidcTokenError('malformed token');
    }
    const alg = header.alg;
    if (alg !== 'RS256' && alg !== 'ES256') throw new OidcTokenError(`algorithm ${String(alg)} is not accepted`);
    if (!this.accepts(alg)) throw new OidcTokenError(`algorithm ${alg} is not accepted`);
    if (header.crit !== undefined) throw new OidcTokenError('critical header parameters are not supported');
    const kid = typeof header.kid === 'string' ? header.kid : undefined;
    const key = await this.jwks.find(kid, alg);
    if (!key) throw new OidcTokenError(`no signing key ${kid ?? '(no kid)'} for ${alg}`);
    if (!/^[A-Za-z0-9_-]+$/.test(parts[2])) throw new OidcTokenError('malformed signature');
    const signature = Buffer.from(parts[2], 'base64url');
    const data = Buffer.from(`${parts[0]}.${parts[1]}`);
    const valid =
      alg === 'RS256'
        ? verifySignature('sha256', data, key, signature)
        : signature.length === 64 && verifySignature('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature);
    if (!valid) throw new OidcTokenError('bad signature');

    const now = Math.floor(this.now() / 1000);
    const tolerance = this.config.clockToleranceSeconds;
    if (claims.iss !== this.config.issuer) throw new OidcTokenError('wrong issuer');
    const aud = claims.aud;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (!audiences.includes(this.config.audience)) throw new OidcTokenError('wrong audience');
    if (typeof claims.exp !== 'number' || claims.exp + tolerance < now) throw new OidcTokenError('expired or without exp');
    if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf - tolerance > now)) throw new OidcTokenError('not yet valid');
    if (claims.iat !== undefined && (typeof claims.iat !== 'number' || claims.iat - tolerance > now)) throw new OidcTokenError('issued in the future');
    if (typeof claims.sub !== 'string' || claims.sub === '' || claims.sub.length > 255) throw new OidcTokenError('no subject');
    return claims;
  }
}
