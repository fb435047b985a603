import { addMonths, isMonth } from './monthly-coverage';
import type { CoverageAssignment } from './monthly-coverage';

/**
 * 责任督学每月要深入责任学校开展一次督导工作，每学年按照10个月计算: the monthly visit rule judges only the months of
 * the school year. By default every month but February (winter holiday) and August (summer holiday) counts; a
 * region may configure its own months (its school calendar), and a region without its own uses the default.
 */
export interface CountedMonthsPolicy {
  /** month numbers 1–12 that count, for regions without their own */
  months: readonly number[];
  /** per region id: its own counted months (a child region without an entry inherits nothing: it uses `months`) */
  byRegion?: Readonly<Record<string, readonly number[]>>;
}

export const DEFAULT_COUNTED_MONTHS: readonly number[] = [1, 3, 4, 5, 6, 7, 9, 10, 11, 12];
export const DEFAULT_COUNTED_MONTHS_POLICY: CountedMonthsPolicy = { months: DEFAULT_COUNTED_MONTHS };

/** Whether a month (YYYY-MM) counts for a region's monthly visits. */
export function isCountedMonth(month: string, regionId: string | null | undefined, policy: CountedMonthsPolicy = DEFAULT_COUNTED_MONTHS_POLICY): boolean {
  if (!isMonth(month)) return false;
  const months = (regionId && policy.byRegion?.[regionId]) || policy.months;
  return months.includes(Number(month.slice(5, 7)));
}

/** The assignments whose school's region counts the month: only these can miss coverage that month. */
export function assignmentsCountedIn<T extends Pick<CoverageAssignment, 'regionId'>>(assignments: readonly T[], month: string, policy?: CountedMonthsPolicy): T[] {
  return assignments.filter((assignment) => isCountedMonth(month, assignment.regionId, policy));
}

/**
 * The school year a month belongs to, named by the year it starts in: September 2026 – August 2027 is `2026`.
 * Its months, oldest first, are the twelve from September; the counted ones are those `isCountedMonth` keeps.
 */
export function schoolYearOf(month: string): number {
  const year = Number(month.slice(0, 4));
  return Number(month.slice(5, 7)) >= 9 ? year : year - 1;
}

export function countedMonthsOfSchoolYear(schoolYear: number, regionId?: string | null, policy?: CountedMonthsPolicy): string[] {
  const months: string[] = [];
  for (let i = 0; i < 12; i++) {
    const month = addMonths(`${String(schoolYear).padStart(4, '0')}-09`, i);
    if (isCountedMonth(month, regionId, policy)) months.push(month);
  }
  return months;
}
