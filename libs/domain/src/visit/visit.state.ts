import type { VisitRecorded } from './visit.events';

export type VisitState =
  | { status: 'initial'; version: number }
  | (VisitRecorded['data'] & { status: 'recorded'; version: number; report: { report: string; submittedAt: string; late: boolean } | null; reportOverdueMarked?: boolean });

export const initialVisitState: VisitState = Object.freeze({ status: 'initial', version: 0 }) as VisitState;
