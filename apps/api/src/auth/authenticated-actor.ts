import type { Actor } from '@app/domain';
import type { Role } from '@app/registry';

/** The caller as the token and the registry describe them; `id` goes into every event's metadata. */
export interface AuthenticatedActor extends Actor {
  role: Role;
  username: string;
  regionId: string;
  unitId?: string;
  supervisorId?: string;
}

export interface TokenClaims {
  sub: string;
  role: Role;
  region: string;
  unit?: string;
  sup?: string;
  name: string;
}
