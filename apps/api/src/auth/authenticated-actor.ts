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

/** Our own access token carries only who (plus iss, aud, iat, exp): role and scope come from the registry. */
export interface TokenClaims {
  sub: string;
  /** set by the signer (TOKEN_TTL_SECONDS); required when verifying */
  exp?: number;
}
