import { addMonths, countedMonthsOfSchoolYear, initialSupervisorState, schoolYearOf, shanghaiMonth, trainingStatus, type CountedMonthsPolicy, type SupervisorState } from '@app/domain';
import type { ComplianceWindow } from '@app/projections';

/** The school year of `now` so far: its months, and the counted ones that have ended (Asia/Shanghai). */
export function complianceWindow(now: string, regionId: string | null, policy: CountedMonthsPolicy): ComplianceWindow & { schoolYear: number } {
  const current = shanghaiMonth(now);
  const schoolYear = schoolYearOf(current);
  const schoolYearMonths: string[] = [];
  for (let month = `${schoolYear}-09`; month <= current; month = addMonths(month, 1)) schoolYearMonths.push(month);
  return { schoolYear, schoolYearMonths, endedCountedMonths: countedMonthsOfSchoolYear(schoolYear, regionId, policy).filter((m) => m < current) };
}

type Row = { duties: SupervisorState | null } & Record<string, unknown>;

/** One supervisor's compliance, as the list and the page show it. */
export function complianceRow(row: Row, now: string) {
  const duties = row.duties ?? initialSupervisorState;
  const training = trainingStatus(duties, now);
  const appraisal = [...duties.appraisals].sort((a, b) => b.year - a.year)[0] ?? null;
  const appointment = duties.appointments[duties.appointments.length - 1] ?? null;
  const { duties: _d, ...rest } = row;
  return {
    ...rest,
    trainingYear: training.year, trainingHours: training.hours, trainingMissing: training.missing, trainingShortfall: training.shortfall,
    conflictUnitIds: Object.keys(duties.conflicts), appraisal, appointment,
  };
}
