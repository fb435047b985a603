import { Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JurisdictionService, REGISTRY } from '@app/application';
import { ROLES, verifyPassword, type RegistryRepository, type Role, type UserRecord } from '@app/registry';
import { TooManyRequestsException } from '../http/problem';
import type { AuthenticatedActor, TokenClaims } from './authenticated-actor';
import { JwksCache, OidcTokenError, OidcVerifier, peekAlgorithm } from './oidc/oidc-verifier';
import { SlidingWindowLimiter } from './sliding-window-limiter';

/** How long a looked-up user is trusted: a disabled user's tokens stop within this time (at once in this process after an import). */
const USER_CACHE_MS = 5_000;
/** Verified tokens kept (their claims), so a request does not pay the HMAC and the parse again; a bound, not a policy. */
const MAX_VERIFIED_TOKENS = 10_000;
export const TOKEN_ISSUER = 'supervision-loop';
export const TOKEN_AUDIENCE = 'supervision-loop-api';

@Injectable()
export class AuthService {
  private readonly logger = new Logger('auth');
  private readonly users = new Map<string, { user: UserRecord | null; at: number }>();
  private readonly verified = new Map<string, TokenClaims & { exp: number }>();
  private readonly perUsername: SlidingWindowLimiter;
  private readonly perClient: SlidingWindowLimiter;
  private readonly oidc: OidcVerifier | null;

  constructor(
    private readonly jwt: JwtService,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jurisdictions: JurisdictionService,
  ) {
    const limits = config.auth.loginRateLimit;
    this.perUsername = new SlidingWindowLimiter(limits.perUsername, limits.windowSeconds * 1000);
    this.perClient = new SlidingWindowLimiter(limits.perClient, limits.windowSeconds * 1000);
    const oidc = config.auth.oidc;
    this.oidc = oidc ? new OidcVerifier(oidc, new JwksCache(oidc.jwksUrl, oidc.jwksCacheSeconds * 1000, oidc.jwksTimeoutMs)) : null;
  }

  /**
   * Rate-limited: every attempt counts against the client (IP) and the username *before* the password is checked,
   * in the same tick as the limit check — so concurrent attempts cannot all pass the check while the first ones
   * are still hashing. A success clears the username's count. Limited attempts never reach the password check.
   */
  async login(username: string, password: string, client = 'unknown'): Promise<{ accessToken: string; expiresIn: number; user: object }> {
    const userKey = username.trim().toLowerCase();
    const wait = Math.max(this.perClient.retryAfterSeconds(client), this.perUsername.retryAfterSeconds(userKey));
    if (wait > 0) throw new TooManyRequestsException(wait, 'too many login attempts; try again later');
    this.perClient.hit(client);
    this.perUsername.hit(userKey);
    const user = await this.registry.findUserByUsername(username);
    const valid = await verifyPassword(password, user?.passwordHash ?? null);
    if (!user || !valid || user.disabled) throw new UnauthorizedException('wrong username or password');
    this.perUsername.reset(userKey);
    // The token says who, nothing more: role and scope are read from the registry on every request.
    const claims: TokenClaims = { sub: user.id };
    return {
      accessToken: await this.jwt.signAsync(claims, { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE }),
      expiresIn: this.config.auth.tokenTtlSeconds,
      user: { id: user.id, username: user.username, role: user.role, regionId: user.regionId, unitId: user.unitId ?? undefined, supervisorId: user.supervisorId ?? undefined },
    };
  }

  /** Forget cached users (after a registry import), so a disabled user is refused at once. */
  invalidate(): void {
    this.users.clear();
  }

  /**
   * Verifies a bearer token — ours (HS256) or, when configured, the external OpenID Connect provider's
   * (RS256/ES256 against its JWKS) — and that its user may still act (a disabled user's tokens stop).
   */
  async authenticate(token: string): Promise<AuthenticatedActor> {
    // Only with an OpenID provider configured is the header worth decoding (it costs a parse per request).
    const alg = this.oidc ? peekAlgorithm(token) : null;
    if (alg !== null && this.oidc?.accepts(alg)) return this.authenticateOidc(token);
    const claims = await this.verifiedClaims(token);
    const user = await this.cachedUser(claims.sub);
    if (!user || user.disabled) throw new UnauthorizedException('the account is disabled');
    return actorOf(user);
  }

  /**
   * The token's claims once its signature, issuer and audience were verified; a token verified before is only checked
   * for expiry again (the same bytes verify the same way while the secret is the same, and it is fixed for the process).
   */
  private async verifiedClaims(token: string): Promise<TokenClaims & { sub: string; exp: number }> {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() / 1000 < known.exp) return known as TokenClaims & { sub: string; exp: number };
      this.verified.delete(token);
      throw new UnauthorizedException('the access token is invalid or expired');
    }
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE });
    } catch {
      throw new UnauthorizedException('the access token is invalid or expired');
    }
    // A token without `exp` would never expire: ours always carry one, so one without it was not made by login.
    // One with `nbf` is not kept: its validity starts later than it was first seen.
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') throw new UnauthorizedException('the access token is invalid or expired');
    if ((claims as { nbf?: unknown }).nbf === undefined) {
      if (this.verified.size >= MAX_VERIFIED_TOKENS) this.verified.clear();
      this.verified.set(token, claims as TokenClaims & { exp: number });
    }
    return claims as TokenClaims & { sub: string; exp: number };
  }

  private async authenticateOidc(token: string): Promise<AuthenticatedActor> {
    let claims: Record<string, unknown>;
    try {
      claims = await this.oidc!.verify(token);
    } catch (error) {
      if (!(error instanceof OidcTokenError)) this.logger.warn(`OIDC verification failed: ${(error as Error).message}`);
      throw new UnauthorizedException('the access token is invalid or expired');
    }
    const names = this.config.auth.oidc!.claims;
    const username = text(claims[names.username]);
    // A user the registry knows by that name: the registry decides the role and scope, and may have disabled them.
    if (username) {
      const known = await this.cachedUser(`username:${username}`, () => this.registry.findUserByUsername(username));
      if (known) {
        if (known.disabled) throw new UnauthorizedException('the account is disabled');
        return actorOf(known);
      }
    }
    const refuse = (why: string) => {
      this.logger.warn(`OIDC token of ${String(claims.sub)} refused: ${why}`);
      return new UnauthorizedException('the access token does not map to a user of this service');
    };
    const role = roleOf(claims[names.role]);
    if (!role) throw refuse(`claim ${names.role} names no single known role`);
    const snapshot = await this.jurisdictions.registrySnapshot();
    let regionId = text(claims[names.region]);
    const unitId = text(claims[names.unit]);
    const supervisorId = text(claims[names.supervisor]);
    if (role === 'unit') {
      const unit = unitId ? snapshot.units.find((u) => u.id === unitId) : undefined;
      if (!unit) throw refuse(`claim ${names.unit} names no known unit`);
      if (regionId && regionId !== unit.regionId) throw refuse('the unit lies outside the region claimed');
      regionId = unit.regionId;
    } else if (role === 'supervisor') {
      const supervisor = supervisorId ? snapshot.supervisors.find((s) => s.id === supervisorId) : undefined;
      if (!supervisor) throw refuse(`claim ${names.supervisor} names no known supervisor`);
      if (regionId && regionId !== supervisor.regionId) throw refuse('the supervisor belongs to another region');
      regionId = supervisor.regionId;
    }
    if (!regionId || !snapshot.regions.some((r) => r.id === regionId)) throw refuse(`claim ${names.region} names no known region`);
    const sub = claims.sub as string;
    return {
      id: `oidc:${sub}`,
      username: (username ?? `oidc:${sub}`).slice(0, 100),
      role,
      regionId,
      ...(role === 'unit' && unitId ? { unitId } : {}),
      ...(role === 'supervisor' && supervisorId ? { supervisorId } : {}),
    };
  }

  private async cachedUser(key: string, load: () => Promise<UserRecord | null> = () => this.registry.findUser(key)): Promise<UserRecord | null> {
    const cached = this.users.get(key);
    if (cached && Date.now() - cached.at < USER_CACHE_MS) return cached.user;
    const user = await load();
    if (this.users.size > 10_000) this.users.clear();
    this.users.set(key, { user, at: Date.now() });
    return user;
  }
}

const userRecords = new WeakMap<AuthenticatedActor, UserRecord>();

/** The registry's record of a signed-in actor (as the guard found it: no query on the request path), if any. */
export function userRecordOf(actor: AuthenticatedActor): UserRecord | null {
  return userRecords.get(actor) ?? null;
}

function actorOf(user: UserRecord): AuthenticatedActor {
  const actor: AuthenticatedActor = {
    id: user.id,
    username: user.username,
    role: user.role,
    regionId: user.regionId,
    ...(user.unitId ? { unitId: user.unitId } : {}),
    ...(user.supervisorId ? { supervisorId: user.supervisorId } : {}),
  };
  userRecords.set(actor, user);
  return actor;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value.length <= 200 ? value : undefined;
}

/** A role claim: a string, or a list with exactly one role this service knows. */
function roleOf(value: unknown): Role | null {
  const candidates = (Array.isArray(value) ? value : [value]).filter((v): v is Role => typeof v === 'string' && (ROLES as string[]).includes(v));
  return new Set(candidates).size === 1 ? candidates[0] : null;
}
