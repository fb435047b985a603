import type { AppraisalGrade, SupervisorKind } from './supervisor.types';

type By = { supervisorId: string; regionId: string; recordedBy: string; recordedAt: string };
export type SupervisorAppointed = { type: 'SupervisorAppointed'; data: By & { kind: SupervisorKind; termFrom: string; termTo: string; certificateNo: string } };
export type TrainingRecorded = { type: 'TrainingRecorded'; data: By & { trainingId: string; date: string; course: string; hours: number } };
export type ConflictDeclared = { type: 'ConflictDeclared'; data: By & { unitId: string; reason: string } };
export type ConflictWithdrawn = { type: 'ConflictWithdrawn'; data: By & { unitId: string; reason: string } };
export type AppraisalRecorded = { type: 'AppraisalRecorded'; data: By & { year: number; grade: AppraisalGrade; notes: string } };

export type TrainingShortfallFlagged = { type: 'TrainingShortfallFlagged'; data: By & { year: number; hours: number; missing: number } };

export type SupervisorEvent = SupervisorAppointed | TrainingRecorded | ConflictDeclared | ConflictWithdrawn | AppraisalRecorded | TrainingShortfallFlagged;
export const SUPERVISOR_EVENT_TYPES: readonly SupervisorEvent['type'][] = [
  'SupervisorAppointed', 'TrainingRecorded', 'ConflictDeclared', 'ConflictWithdrawn', 'AppraisalRecorded', 'TrainingShortfallFlagged',
];
