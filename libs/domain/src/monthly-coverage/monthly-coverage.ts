import { shanghaiDate, startOfShanghaiDay } from '../calendar/shanghai-time';

/**
 * The monthly visit-coverage rule (DESIGN §4 /coverage): every responsibility supervisor visits each assigned
 * school at least once per calendar month (Asia/Shanghai). Pure: no I/O, time comes in as an argument.
 */

/** A responsibility supervisor's assignment to one school, with what an alert about it must carry for scoping. */
export interface CoverageAssignment {
  supervisorId: string;
  supervisorName?: string | null;
  unitId: string;
  unitName?: string | null;
  regionId: string;
  zoneId?: string | null;
}

/** One visit of the month: which supervisor (registry id, not user id) was at which school. */
export interface CoverageVisit {
  supervisorId: string | null;
  unitId: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return typeof value === 'string' && MONTH.test(value);
}

/** The Asia/Shanghai calendar month (YYYY-MM) an instant falls in. */
export function shanghaiMonth(instant: string): string {
  return shanghaiDate(instant).slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`'${month}' is not a month (YYYY-MM)`);
  const index = Number(match[1]) * 12 + (Number(match[2]) - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The instant a month ends: 00:00 Asia/Shanghai on the 1st of the next month (UTC ISO). */
export function endOfShanghaiMonth(month: string): string {
  return startOfShanghaiDay(`${addMonths(month, 1)}-01`);
}

/** The latest month that has ended at `now`. */
export function lastEndedMonth(now: string): string {
  return addMonths(shanghaiMonth(now), -1);
}

export interface CoverageMonthPlan {
  /** months to check now, oldest first */
  check: string[];
  /** first run ever: remember this month as the starting point without judging it (no history to judge by) */
  baseline: string | null;
}

/**
 * Which ended months still need their check, given the last month already checked (or baselined).
 * The first run only records a baseline: a fresh installation does not accuse anyone for months before it ran.
 * A worker that was down across several month ends catches up on at most `maxCatchUp` of them.
 */
export function coverageMonthsToCheck(lastChecked: string | null, now: string, maxCatchUp = 12): CoverageMonthPlan {
  const ended = lastEndedMonth(now);
  if (lastChecked === null) return { check: [], baseline: ended };
  const check: string[] = [];
  for (let month = addMonths(lastChecked, 1); month <= ended; month = addMonths(month, 1)) check.push(month);
  return { check: check.slice(-maxCatchUp), baseline: null };
}

/**
 * The (supervisor, school) pairs without a visit by that supervisor among the month's visits, in supervisor then
 * school order. A visit by someone else does not count for the responsible supervisor; a pair listed twice counts once.
 */
export function missedCoverage(assignments: readonly CoverageAssignment[], visits: readonly CoverageVisit[]): CoverageAssignment[] {
  const visited = new Set(visits.filter((v) => v.supervisorId).map((v) => pairKey(v.supervisorId!, v.unitId)));
  const seen = new Set<string>();
  const missed: CoverageAssignment[] = [];
  for (const assignment of assignments) {
    const key = pairKey(assignment.supervisorId, assignment.unitId);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!visited.has(key)) missed.push(assignment);
  }
  return missed.sort((a, b) => compare(a.supervisorId, b.supervisorId) || compare(a.unitId, b.unitId));
}

/** Groups pairs by supervisor (each supervisor's month is one stream, appended once). */
export function groupBySupervisor(pairs: readonly CoverageAssignment[]): Map<string, CoverageAssignment[]> {
  const groups = new Map<string, CoverageAssignment[]>();
  for (const pair of pairs) {
    const list = groups.get(pair.supervisorId) ?? [];
    list.push(pair);
    groups.set(pair.supervisorId, list);
  }
  return groups;
}

const pairKey = (supervisorId: string, unitId: string) => `${supervisorId}\u0000${unitId}`;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
