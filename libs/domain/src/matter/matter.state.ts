import type { DeadlineRuleRecord } from '../calendar/deadline';
import type { MatterRegistered } from './matter.events';
import type { MatterReminderLevel, MatterStatus } from './matter.types';

type Registration = MatterRegistered['data'];

export interface MatterAssignment {
  leadUnitId: string;
  assistingUnitIds: string[];
  /** the due instant in force (moved by an approved extension) */
  dueAt: string;
  deadlineRule: DeadlineRuleRecord;
  assignedAt: string;
}

export interface PendingMatterExtension {
  proposedDueAt: string;
  reason: string;
  requestedAt: string;
}

/** What every matter past registration carries beside its registration. */
interface MatterProgress {
  version: number;
  /** the lead unit once assigned (scoping and the unit's inbox read it); null before */
  unitId: string | null;
  overdue: boolean;
  overdueAt: string | null;
  reminderLevel: MatterReminderLevel | null;
  lastReminderAt: string | null;
  extensionsGranted: number;
  pendingExtension: PendingMatterExtension | null;
  submissions: number;
  /** the handling units that reported progress since the assignment (an assisting unit's to-do ends with its report) */
  progressReportedBy?: string[];
  returns: number;
  lastSubmittedAt: string | null;
  lastSubmissionLate: boolean;
  acceptedAt: string | null;
  closedAt: string | null;
}

export type InitialMatter = { status: 'initial'; version: number };
export type RegisteredMatter = Registration & MatterProgress & { status: 'registered'; assignment: null };
export type HandledMatter = Registration & MatterProgress & { status: Exclude<MatterStatus, 'registered'>; assignment: MatterAssignment };
export type ActiveMatter = RegisteredMatter | HandledMatter;
export type MatterState = InitialMatter | ActiveMatter;

export const initialMatterState: MatterState = Object.freeze({ status: 'initial', version: 0 }) as MatterState;

/** Being handled by the units: the deadline runs, reminders and extensions apply, a completion may be submitted. */
export function isBeingHandled(state: MatterState): state is HandledMatter & { status: 'assigned' | 'returned' } {
  return state.status === 'assigned' || state.status === 'returned';
}
