import type { AppraisalGrade, SupervisorKind } from './supervisor.types';

type Target = { supervisorId: string; regionId: string };
export type AppointSupervisor = Target & { type: 'AppointSupervisor'; kind: SupervisorKind; termFrom: string; termTo: string; certificateNo: string };
export type RecordTraining = Target & { type: 'RecordTraining'; trainingId: string; date: string; course: string; hours: number };
export type DeclareConflict = Target & { type: 'DeclareConflict'; unitId: string; reason: string };
export type WithdrawConflict = Target & { type: 'WithdrawConflict'; unitId: string; reason: string };
export type RecordAppraisal = Target & { type: 'RecordAppraisal'; year: number; grade: AppraisalGrade; notes: string };

/** The duties clock, from October: a year short of 40 training hours is flagged once. */
export type FlagTrainingShortfall = Target & { type: 'FlagTrainingShortfall'; year: number };

export type SupervisorCommand = AppointSupervisor | RecordTraining | DeclareConflict | WithdrawConflict | RecordAppraisal | FlagTrainingShortfall;
