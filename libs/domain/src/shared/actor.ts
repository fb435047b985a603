export type ActorRole = 'admin' | 'leader' | 'coordinator' | 'auditor' | 'supervisor' | 'unit' | 'system' | 'public';

export const ACTOR_ROLES: readonly ActorRole[] = [
  'admin', 'leader', 'coordinator', 'auditor', 'supervisor', 'unit', 'system', 'public',
];

export interface Actor {
  id: string;
  role: ActorRole;
  unitId?: string;
  regionId?: string;
  /** a supervisor's registry id (responsibility assignments name it), when the actor is one */
  supervisorId?: string;
}
