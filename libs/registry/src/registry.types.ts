export type Role = 'admin' | 'leader' | 'coordinator' | 'auditor' | 'supervisor' | 'unit';
export const ROLES: readonly Role[] = ['admin', 'leader', 'coordinator', 'auditor', 'supervisor', 'unit'];

export interface Region { id: string; name: string; nameEn?: string | null; level: string; parentId: string | null }
export interface Zone { id: string; name: string; regionId: string; leaderSupervisorId?: string | null; unitIds?: string[] }
/** parentUnitId: the unit's superior department (主管部门), itself a unit, e.g. the county education bureau */
export interface Unit { id: string; code: string; name: string; type: string; regionId: string; zoneId?: string | null; parentUnitId?: string | null }
export interface Supervisor {
  id: string; username?: string | null; name: string; kind: string; regionId: string; zoneId?: string | null; assignedUnitIds: string[];
}
export interface UserRecord {
  id: string; username: string; role: Role; regionId: string; unitId?: string | null; supervisorId?: string | null;
  displayName?: string | null; disabled: boolean; passwordHash?: string | null;
}
export interface Category { code: string; name: string; nameEn?: string | null }

export interface RegistryData {
  regions: Region[];
  zones: Zone[];
  units: Unit[];
  supervisors: Supervisor[];
  users: Array<Omit<UserRecord, 'id' | 'disabled' | 'passwordHash'> & { id?: string; password?: string; disabled?: boolean }>;
  categories: Category[];
}
