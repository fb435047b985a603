import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { JurisdictionService } from '@app/application';
import type { Role } from '@app/registry';
import { IS_PUBLIC, ROLES } from './auth.decorators';
import { AuthService } from './auth.service';

/** Global guard: every route needs a valid bearer token unless @Public(), and one of its @Roles(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { actor?: unknown }>();
    const header = request.headers.authorization ?? '';
    const match = header.length <= 16_384 ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthorizedException('send Authorization: Bearer <token> (POST /api/auth/login)');
    const actor = await this.auth.authenticate(match[1]);
    request.actor = actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(actor.role)) throw new ForbiddenException(`the role ${actor.role} may not do this`);
    // The caller's jurisdiction, resolved once per request: lists read it through scopeFilter(actor).
    await this.jurisdictions.resolve(actor);
    return true;
  }
}
