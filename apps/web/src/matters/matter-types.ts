export interface MatterRow {
  matterId: string;
  number: string | null;
  title: string;
  tier: string;
  sourceKind: string;
  status: string;
  unitId: string | null;
  unitIds: string[];
  dueAt: string | null;
  overdue: boolean;
  pendingExtension: boolean;
  reminderLevel: string | null;
  registeredAt: string;
  returns: number;
  late: boolean;
}

export interface MatterState {
  matterId: string;
  number: string | null;
  title: string;
  source: { kind: string; ref: string };
  requirements: string;
  tier: string;
  status: string;
  unitId: string | null;
  assignment: { leadUnitId: string; assistingUnitIds: string[]; dueAt: string; deadlineRule: { kind: string; days?: number } } | null;
  overdue: boolean;
  reminderLevel: string | null;
  pendingExtension: { proposedDueAt: string; reason: string; requestedAt: string } | null;
  submissions: number;
  returns: number;
  registeredAt: string;
  version: number;
}

export interface MatterView {
  state: MatterState;
  history: Array<{ version: number; type: string; data: Record<string, unknown>; actor: { id: string; role: string }; recordedAt: string }>;
}

export const MATTER_TIERS = ['urgent', 'normal', 'difficult'] as const;
export const MATTER_SOURCES = ['superior_assignment', 'meeting_decision', 'leader_instruction', 'public_report', 'other'] as const;
export const MATTER_STATUSES = ['registered', 'assigned', 'submitted', 'returned', 'accepted', 'closed'] as const;
