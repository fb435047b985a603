import type { AppraisalGrade, SupervisorKind } from './supervisor.types';

/**
 * A supervisor's duties (DESIGN §3.5, `supervisor-<id>`). The supervisor exists in the registry; the stream begins
 * with whatever duty is recorded first, so the state is a record from the start.
 */
export interface SupervisorState {
  version: number;
  supervisorId: string | null;
  regionId: string | null;
  appointments: { kind: SupervisorKind; termFrom: string; termTo: string; certificateNo: string }[];
  trainings: { trainingId: string; date: string; course: string; hours: number }[];
  /** declared and not withdrawn, by unit */
  conflicts: Record<string, { reason: string; declaredAt: string }>;
  appraisals: { year: number; grade: AppraisalGrade; notes: string }[];
  /** years whose training shortfall the clock flagged (absent on states folded before the flag existed) */
  shortfallFlagged?: number[];
}

export const initialSupervisorState: SupervisorState = Object.freeze({
  version: 0, supervisorId: null, regionId: null, appointments: [], trainings: [], conflicts: {}, appraisals: [],
}) as SupervisorState;

/** Training hours recorded for a calendar year (by the course's date). */
export function trainingHours(state: SupervisorState, year: number): number {
  return state.trainings.filter((t) => t.date.startsWith(`${year}-`)).reduce((sum, t) => sum + t.hours, 0);
}
