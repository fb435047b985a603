export type { ActiveIssueState, IssueState, IssueStatus } from '@domain/issue/issue.state';
export type { Severity, ReminderLevel } from '@domain/issue/issue.types';

export type Role = 'admin' | 'leader' | 'coordinator' | 'auditor' | 'supervisor' | 'unit';

export interface SessionUser {
  id: string;
  username: string;
  role: Role;
  regionId: string;
  unitId?: string;
  supervisorId?: string;
}

export interface Unit {
  id: string;
  name: string;
  type: string;
  regionId: string;
  zoneId?: string | null;
  /** the unit's superior department (e.g. the county education bureau) */
  parentUnitId?: string | null;
  zoneName?: string | null;
  /** one of the signed-in supervisor's own assigned schools (not only in the zone they lead) */
  assigned?: boolean;
}
export interface Zone {
  id: string;
  name: string;
  regionId: string;
}
export interface Category {
  code: string;
  name: string;
  nameEn?: string | null;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  displayNameEn: string;
  role: Role;
  regionName: string | null;
  regionNameEn: string | null;
  unit: Unit | null;
  supervisor: { id: string; name: string; assignedUnitIds: string[]; zoneId?: string | null } | null;
}

export interface RecordedEventView {
  version: number;
  position: string;
  type: string;
  data: Record<string, unknown>;
  metadata: { actor?: { id: string; role: string }; [key: string]: unknown };
  recordedAt: string;
  hash: string;
  prevHash: string;
}

export interface Verification {
  valid: boolean;
  events: number;
  brokenAtVersion?: number;
}

/** The read side's list answer (DESIGN §4). Items are read loosely: the projections own their shape. */
export interface Page<T> {
  items: T[];
  total: number;
}

export type Loose = Record<string, unknown>;
