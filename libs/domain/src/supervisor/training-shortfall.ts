import { shanghaiDate } from '../calendar/shanghai-time';
import { trainingHours, type SupervisorState } from './supervisor.state';
import { TRAINING_SHORTFALL_FROM_MONTH, YEARLY_TRAINING_HOURS } from './supervisor.types';

export interface TrainingStatus {
  year: number;
  hours: number;
  required: number;
  /** hours still missing this year */
  missing: number;
  /** from October, a year short of 40 hours is flagged */
  shortfall: boolean;
}

/** The year of `now` (Asia/Shanghai): hours so far and whether the shortfall is to be flagged yet. */
export function trainingStatus(state: SupervisorState, now: string): TrainingStatus {
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const hours = trainingHours(state, year);
  const missing = Math.max(0, YEARLY_TRAINING_HOURS - hours);
  return { year, hours, required: YEARLY_TRAINING_HOURS, missing, shortfall: missing > 0 && Number(today.slice(5, 7)) >= TRAINING_SHORTFALL_FROM_MONTH };
}
