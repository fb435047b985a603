import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedActor } from './authenticated-actor';
import type { Role } from '@app/registry';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';

/** The route answers without a token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route (DESIGN §4, the "who" column). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<Request & { actor: AuthenticatedActor }>().actor,
);
