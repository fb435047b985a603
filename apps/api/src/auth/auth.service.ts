import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { REGISTRY } from '@app/application';
import { verifyPassword, type RegistryRepository, type UserRecord } from '@app/registry';
import type { AuthenticatedActor, TokenClaims } from './authenticated-actor';

const USER_CACHE_MS = 5_000;

@Injectable()
export class AuthService {
  private readonly users = new Map<string, { user: UserRecord | null; at: number }>();

  constructor(
    private readonly jwt: JwtService,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  async login(username: string, password: string): Promise<{ accessToken: string; user: object }> {
    const user = await this.registry.findUserByUsername(username);
    const valid = await verifyPassword(password, user?.passwordHash ?? null);
    if (!user || !valid || user.disabled) throw new UnauthorizedException('wrong username or password');
    const claims: TokenClaims = {
      sub: user.id,
      role: user.role,
      region: user.regionId,
      name: user.username,
      ...(user.unitId ? { unit: user.unitId } : {}),
      ...(user.supervisorId ? { sup: user.supervisorId } : {}),
    };
    return {
      accessToken: await this.jwt.signAsync(claims),
      user: { id: user.id, username: user.username, role: user.role, regionId: user.regionId, unitId: user.unitId ?? undefined, supervisorId: user.supervisorId ?? undefined },
    };
  }

  /** Verifies a bearer token and that its user still exists and is enabled (a disabled user's tokens stop). */
  async authenticate(token: string): Promise<AuthenticatedActor> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthorizedException('the access token is invalid or expired');
    }
    const user = await this.cachedUser(claims.sub);
    if (!user || user.disabled) throw new UnauthorizedException('the account is disabled');
    return {
      id: user.id,
      username: user.username,
      role: user.role,
      regionId: user.regionId,
      ...(user.unitId ? { unitId: user.unitId } : {}),
      ...(user.supervisorId ? { supervisorId: user.supervisorId } : {}),
    };
  }

  private async cachedUser(id: string): Promise<UserRecord | null> {
    const cached = this.users.get(id);
    if (cached && Date.now() - cached.at < USER_CACHE_MS) return cached.user;
    const user = await this.registry.findUser(id);
    this.users.set(id, { user, at: Date.now() });
    return user;
  }
}
